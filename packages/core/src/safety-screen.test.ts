import { describe, expect, it } from 'vitest';
import { riskyAnswers, safeAnswers } from '../test/program-fixtures';
import { emptyScreen, SCREEN_QUESTIONS } from './onboarding';
import { SAFETY_RESOURCES } from './safety-resources';
import { safetyScreen } from './safety-screen';

describe('safetyScreen', () => {
  it('finds no risk when every answer is no', () => {
    expect(safetyScreen({ answers: [safeAnswers()] })).toEqual({ risk: false, reasons: [] });
    expect(safetyScreen({ answers: [] })).toEqual({ risk: false, reasons: [] });
  });

  it.each(SCREEN_QUESTIONS.flatMap((q) => [[q, 'byMe'] as const, [q, 'byThem'] as const]))(
    'finds risk for %s %s',
    (question, who) => {
      const screen = { ...emptyScreen(), [question]: { byMe: who === 'byMe', byThem: who === 'byThem' } };
      const result = safetyScreen({ answers: [{ ...safeAnswers(), screen }] });
      expect(result.risk).toBe(true);
      expect(result.reasons).toHaveLength(1);
    },
  );

  it('lists one reason per yes', () => {
    const screen = {
      ...emptyScreen(),
      violence: { byMe: true, byThem: true },
      'protective-order': { byMe: true, byThem: false },
    };
    expect(safetyScreen({ answers: [{ ...safeAnswers(), screen }] }).reasons).toHaveLength(3);
  });

  it('reads the latest answers, so a corrected mistake lifts the risk', () => {
    expect(safetyScreen({ answers: [riskyAnswers('2025-01-01'), safeAnswers('2025-01-02')] }).risk).toBe(
      false,
    );
    expect(safetyScreen({ answers: [safeAnswers('2025-01-01'), riskyAnswers('2025-01-02')] }).risk).toBe(
      true,
    );
  });

  it('has resources for both the harmed and the harming', () => {
    expect(SAFETY_RESOURCES.length).toBeGreaterThan(3);
    expect(
      SAFETY_RESOURCES.some((r) => r.forWhom.includes('own behaviour') || r.forWhom.includes('harming')),
    ).toBe(true);
  });
});
