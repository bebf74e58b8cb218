import { describe, expect, it } from 'vitest';
import { DEFAULT_NO_CONTACT_DAYS, noContactCounter, parseNoContact, startNoContact } from './no-contact';

const at = (date: string) => new Date(`${date}T08:00:00Z`);

describe('no-contact', () => {
  it('defaults to 30 days and accepts 0 to 365', () => {
    expect(startNoContact('2025-03-01')).toEqual({
      startedOn: '2025-03-01',
      lengthDays: DEFAULT_NO_CONTACT_DAYS,
    });
    expect(parseNoContact({ startedOn: '2025-03-01', lengthDays: 0 }).ok).toBe(true);
    expect(parseNoContact({ startedOn: '2025-03-01', lengthDays: 365 }).ok).toBe(true);
    expect(parseNoContact({ startedOn: '2025-03-01', lengthDays: 366 }).ok).toBe(false);
    expect(parseNoContact({ startedOn: '2025-03-01', lengthDays: -1 }).ok).toBe(false);
    expect(parseNoContact({ startedOn: 'March', lengthDays: 3 }).ok).toBe(false);
  });

  it('counts elapsed and remaining days from now', () => {
    expect(noContactCounter(startNoContact('2025-03-01'), at('2025-03-11'))).toEqual({
      startedOn: '2025-03-01',
      endsOn: '2025-03-31',
      lengthDays: 30,
      daysElapsed: 10,
      daysRemaining: 20,
      started: true,
      finished: false,
    });
  });

  it('finishes on the end date and keeps counting elapsed days', () => {
    expect(noContactCounter(startNoContact('2025-03-01'), at('2025-03-31'))).toMatchObject({
      finished: true,
      daysRemaining: 0,
    });
    expect(noContactCounter(startNoContact('2025-03-01'), at('2025-04-10')).daysElapsed).toBe(40);
  });

  it('handles a future start and a zero-day period', () => {
    expect(noContactCounter(startNoContact('2025-03-10', 5), at('2025-03-01'))).toMatchObject({
      started: false,
      daysElapsed: 0,
      daysRemaining: 14,
      finished: false,
    });
    expect(noContactCounter(startNoContact('2025-03-01', 0), at('2025-03-01')).finished).toBe(true);
  });
});
