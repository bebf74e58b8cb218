import { describe, expect, it } from 'vitest';
import { lonelyAttempt, readyAttempt } from '../test/program-fixtures';
import {
  addMotivesAttempt,
  latestMotivesAttempt,
  parseMotivesAttempt,
  parseMotivesCheck,
} from './motives-check';
import { MOTIVES_QUESTIONS } from './motives-questions';

describe('motives check item', () => {
  it('parses complete attempts and drops unknown question ids', () => {
    const attempt = readyAttempt();
    const result = parseMotivesCheck({
      attempts: [{ ...attempt, ratings: { ...attempt.ratings, retired: 3 } }],
    });
    expect(result.ok && Object.keys(result.value.attempts[0]?.ratings ?? {})).toHaveLength(
      MOTIVES_QUESTIONS.length,
    );
  });

  it('rejects a missing or out-of-range rating', () => {
    const attempt = readyAttempt();
    const { ['see-my-part']: _missing, ...partial } = attempt.ratings;
    expect(parseMotivesAttempt({ ...attempt, ratings: partial }).ok).toBe(false);
    expect(parseMotivesAttempt({ ...attempt, ratings: { ...attempt.ratings, 'see-my-part': 6 } }).ok).toBe(
      false,
    );
    expect(parseMotivesAttempt({ ...attempt, ratings: [] }).ok).toBe(false);
    expect(parseMotivesCheck({ attempts: [] }).ok).toBe(false);
  });

  it('keeps retakes and counts the latest', () => {
    const check = addMotivesAttempt(
      addMotivesAttempt(undefined, lonelyAttempt('2025-01-01')),
      readyAttempt('2025-02-01'),
    );
    expect(check.attempts).toHaveLength(2);
    expect(latestMotivesAttempt(check)?.takenAt).toBe('2025-02-01');
    expect(
      latestMotivesAttempt({ attempts: [readyAttempt('2025-03-01'), lonelyAttempt('2025-02-01')] })?.takenAt,
    ).toBe('2025-03-01');
  });
});
