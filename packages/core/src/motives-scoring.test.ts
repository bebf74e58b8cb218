import { describe, expect, it } from 'vitest';
import { attemptRating, lonelyAttempt, readyAttempt } from '../test/program-fixtures';
import { GROWTH_MOTIVES, MOTIVES_QUESTIONS, PULL_MOTIVES, type Motive } from './motives-questions';
import { scoreMotives } from './motives-scoring';

const isGrowth = (m: Motive) => (GROWTH_MOTIVES as readonly Motive[]).includes(m);

describe('motives questions', () => {
  it('has 10 to 14 statements, unique ids, and every motive asked about', () => {
    expect(MOTIVES_QUESTIONS.length).toBeGreaterThanOrEqual(10);
    expect(MOTIVES_QUESTIONS.length).toBeLessThanOrEqual(14);
    expect(new Set(MOTIVES_QUESTIONS.map((q) => q.id)).size).toBe(MOTIVES_QUESTIONS.length);
    for (const motive of [...GROWTH_MOTIVES, ...PULL_MOTIVES]) {
      expect(MOTIVES_QUESTIONS.some((q) => q.motive === motive)).toBe(true);
    }
  });
});

describe('scoreMotives', () => {
  it('says not now when loneliness dominates, in plain words', () => {
    const score = scoreMotives(lonelyAttempt());
    expect(score.result).toBe('not-now');
    expect(score.headline).toBe('Not now — work on yourself first');
    expect(score.explanation).toContain('loneliness');
    expect(score.byMotive.loneliness).toBe(5);
  });

  it('says not now when pull outweighs growth even with no single strong pull', () => {
    const score = scoreMotives(
      attemptRating((m) => (isGrowth(m) ? (m === 'respect-for-their-choice' ? 3 : 2) : 3)),
    );
    expect(score.pull).toBeGreaterThan(score.growth);
    expect(score.result).toBe('not-now');
  });

  it('says not now when idealising the past is strong', () => {
    const score = scoreMotives(attemptRating((m) => (m === 'idealising-the-past' ? 4 : isGrowth(m) ? 5 : 1)));
    expect(score.result).toBe('not-now');
    expect(score.explanation).toContain('remembering the past as better than it was');
  });

  it('says not now when a no would be hard to accept', () => {
    const score = scoreMotives(
      attemptRating((m) => (m === 'respect-for-their-choice' ? 1 : isGrowth(m) ? 5 : 1)),
    );
    expect(score.result).toBe('not-now');
    expect(score.explanation).toContain('hard to accept');
  });

  it('says ready for growth, commitment and respect with little pull', () => {
    const score = scoreMotives(readyAttempt());
    expect(score).toMatchObject({ result: 'ready', growth: 5, pull: 1 });
  });

  it('says mixed in between', () => {
    expect(scoreMotives(attemptRating(() => 3)).result).toBe('mixed');
    expect(scoreMotives(attemptRating((m) => (isGrowth(m) ? 4 : 3))).result).toBe('mixed');
  });

  it('names several strong pulls together', () => {
    const score = scoreMotives(
      attemptRating((m) => (m === 'comfort' || m === 'fear-of-being-alone' ? 5 : isGrowth(m) ? 5 : 1)),
    );
    expect(score.explanation).toContain('missing the comfort of a familiar life and fear of being alone');
  });
});
