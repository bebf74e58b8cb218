import { describe, expect, it } from 'vitest';
import { riskyAnswers, safeAnswers } from '../test/program-fixtures';
import {
  correctOnboarding,
  emptyScreen,
  latestOnboardingAnswers,
  parseOnboarding,
  parseOnboardingAnswers,
  startOnboarding,
} from './onboarding';

describe('onboarding', () => {
  it('parses a valid value and rejects a broken one with paths', () => {
    expect(parseOnboarding({ answers: [safeAnswers()] }).ok).toBe(true);
    const bad = parseOnboarding({
      answers: [{ ...safeAnswers(), relationship: 'situationship', endedOn: '2025-02-30' }],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid-value');
      expect(bad.error.issues.map((i) => i.path)).toEqual([
        'onboarding.answers[0].relationship',
        'onboarding.answers[0].endedOn',
      ]);
    }
    expect(parseOnboarding({ answers: [] }).ok).toBe(false);
  });

  it('requires both people in every screen answer', () => {
    const answers = { ...safeAnswers(), screen: { ...emptyScreen(), violence: { byMe: false } } };
    expect(parseOnboardingAnswers(answers).ok).toBe(false);
  });

  it('keeps history on correction and reads the latest set', () => {
    const first = startOnboarding(riskyAnswers('2025-01-01T09:00:00Z'));
    const corrected = correctOnboarding(first, safeAnswers('2025-01-01T09:05:00Z'));
    expect(corrected.answers).toHaveLength(2);
    expect(latestOnboardingAnswers(corrected)?.screen.threats.byThem).toBe(false);
    expect(first.answers).toHaveLength(1);
  });

  it('reads the latest by date, not by position, and the last written on a tie', () => {
    const outOfOrder = { answers: [safeAnswers('2025-02-01'), riskyAnswers('2025-01-01')] };
    expect(latestOnboardingAnswers(outOfOrder)?.screen.threats.byThem).toBe(false);
    const tie = { answers: [safeAnswers('2025-02-01'), riskyAnswers('2025-02-01')] };
    expect(latestOnboardingAnswers(tie)?.screen.threats.byThem).toBe(true);
    expect(latestOnboardingAnswers({ answers: [] })).toBeUndefined();
  });
});
