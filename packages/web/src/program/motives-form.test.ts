import { MOTIVES_QUESTIONS, scoreMotives, type Rating } from '@amends/core';
import { describe, expect, it } from 'vitest';
import { checkMotives, meanWords, RATING_CHOICES } from './motives-form';

const now = new Date('2026-03-02T10:00:00Z');
const growthFirst = Object.fromEntries(
  MOTIVES_QUESTIONS.map((q) => [
    q.id,
    (['growth', 'commitment-to-change', 'respect-for-their-choice'].includes(q.motive) ? 5 : 1) as Rating,
  ]),
);

describe('checkMotives', () => {
  it('lists every unrated statement, in the order asked', () => {
    const result = checkMotives({ 'see-my-part': 4 }, now);
    expect(result).toEqual({ ok: false, missing: MOTIVES_QUESTIONS.slice(1).map((q) => q.id) });
  });

  it('builds an attempt the core scores as ready when growth leads', () => {
    const result = checkMotives(growthFirst, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.attempt.takenAt).toBe(now.toISOString());
    expect(scoreMotives(result.attempt).result).toBe('ready');
  });
});

describe('rating words', () => {
  it('words all five points of the scale', () => {
    expect(RATING_CHOICES.map((c) => c.value)).toEqual([1, 2, 3, 4, 5]);
    expect(RATING_CHOICES[0]?.label).toBe('1 · Not true of me');
  });
  it('rounds means to one decimal', () => {
    expect(meanWords(4.333)).toBe('4.3 of 5');
    expect(meanWords(1)).toBe('1 of 5');
  });
});
