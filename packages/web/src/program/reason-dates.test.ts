import { outreachState } from '@amends/core';
import { describe, expect, it } from 'vitest';
import { readableDates } from './reason-dates';

describe('readableDates', () => {
  it('writes each ISO date in a reason as the UI writes dates', () => {
    expect(readableDates('Outreach waits until 2026-04-01.')).toBe('Outreach waits until 1 April 2026.');
    expect(
      readableDates('2026-03-01: they asked for space. No date was set, so it waits until 2026-03-31.'),
    ).toBe('1 March 2026: they asked for space. No date was set, so it waits until 31 March 2026.');
  });

  it('leaves text without a real calendar date as it is', () => {
    expect(readableDates('Step 2: set a no-contact period first.')).toBe(
      'Step 2: set a no-contact period first.',
    );
    expect(readableDates('Not a day: 2026-02-30.')).toBe('Not a day: 2026-02-30.');
    expect(readableDates('A code 12026-03-01 or 2026-03-011')).toBe('A code 12026-03-01 or 2026-03-011');
    expect(readableDates('At 2026-03-01T09:00:00Z exactly')).toBe('At 2026-03-01T09:00:00Z exactly');
  });

  it('reads the dates in core’s own outreach reasons', () => {
    const waiting = outreachState(
      {
        behaviours: [],
        changePlans: [],
        signals: [],
        noContact: { startedOn: '2026-03-01', lengthDays: 30 },
      },
      new Date('2026-03-02T10:00:00Z'),
    );
    const shown = waiting.reasons.map(readableDates);
    expect(shown).toContain('Your no-contact period runs until 31 March 2026 (29 days left).');
    expect(shown.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
