import { safetyScreen, startOnboarding } from '@amends/core';
import { describe, expect, it } from 'vitest';
import { checkOnboarding, draftFrom, type OnboardingDraft } from './onboarding-form';

const now = new Date('2026-03-02T10:00:00Z');
const complete: OnboardingDraft = {
  relationship: 'partnership',
  endedOn: '2026-01-15',
  ending: 'they-ended',
  endingText: 'We stopped talking.',
  screen: { violence: 'no', threats: 'no', 'coercive-control': 'no', 'protective-order': 'no' },
};

describe('checkOnboarding', () => {
  it('builds an answer set dated now, with no risk when every answer is no', () => {
    const result = checkOnboarding(complete, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers.answeredAt).toBe(now.toISOString());
    expect(result.answers.howItEnded).toEqual({ choice: 'they-ended', text: 'We stopped talking.' });
    expect(safetyScreen(startOnboarding(result.answers)).risk).toBe(false);
  });

  it('maps each safety choice to by me / by them', () => {
    const result = checkOnboarding({ ...complete, screen: { ...complete.screen, threats: 'both' } }, now);
    expect(result.ok && result.answers.screen.threats).toEqual({ byMe: true, byThem: true });
    expect(result.ok && safetyScreen(startOnboarding(result.answers)).risk).toBe(true);
  });

  it('names every missing answer, safety questions included', () => {
    const result = checkOnboarding(draftFrom(), now);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual([
      'relationship',
      'endedOn',
      'ending',
      'screen-violence',
      'screen-threats',
      'screen-coercive-control',
      'screen-protective-order',
    ]);
  });

  it('refuses a date that is not real or still to come', () => {
    const bad = checkOnboarding({ ...complete, endedOn: '2026-02-30' }, now);
    expect(!bad.ok && bad.problems[0]?.message).toMatch(/not a real calendar date/);
    const future = checkOnboarding({ ...complete, endedOn: '2026-03-03' }, now);
    expect(!future.ok && future.problems[0]?.field).toBe('endedOn');
  });

  it('starts a correction from the answers in force', () => {
    const result = checkOnboarding(complete, now);
    if (!result.ok) throw new Error('expected ok');
    expect(draftFrom(result.answers)).toEqual(complete);
  });
});
