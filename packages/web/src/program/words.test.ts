import { outreachState, type ProgramInput } from '@amends/core';
import { describe, expect, it } from 'vitest';
import { formatDate, outreachHeadline, outreachMeaning, screenAnswer, screenChoice } from './words';

const now = new Date('2026-03-02T10:00:00Z');
const base: ProgramInput = { behaviours: [], changePlans: [], signals: [] };

describe('safety answers', () => {
  it('round-trips each choice through the stored pair', () => {
    for (const choice of ['no', 'me', 'them', 'both'] as const)
      expect(screenChoice(screenAnswer(choice))).toBe(choice);
  });
});

describe('outreach words', () => {
  it('names a stop kindly and a safety risk as safety', () => {
    const stopped = outreachState({ ...base, signals: [{ kind: 'blocked', at: '2026-03-01' }] }, now);
    expect(outreachHeadline(stopped, 'moving-forward')).toBe(
      'Outreach is closed: they have asked for distance',
    );
    expect(outreachHeadline(stopped, 'safety')).toBe('Outreach is closed, for everyone’s safety');
    expect(outreachMeaning(stopped, 'moving-forward')).toMatch(/will not help with contact/);
  });
  it('gives the date a wait ends, and never promises an answer when open', () => {
    const waiting = outreachState({ ...base, noContact: { startedOn: '2026-03-01', lengthDays: 30 } }, now);
    expect(outreachHeadline(waiting, 'reconciliation')).toBe('Outreach is waiting until 31 March 2026');
    expect(outreachMeaning({ state: 'open', reasons: [], blockers: [] }, 'reconciliation')).toMatch(
      /does not mean they will say yes/,
    );
  });
});

describe('formatDate', () => {
  it('reads dates as UTC days, as core counts them', () => {
    expect(formatDate('2026-03-02')).toBe('2 March 2026');
    expect(formatDate('2026-03-02T23:30:00-05:00')).toBe('3 March 2026');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
