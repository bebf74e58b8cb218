import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOf,
  daysBetween,
  instantOf,
  isIsoDate,
  isIsoDateTime,
  isStrictlyAfter,
  laterDate,
  parseDateOrDateTime,
  parseIsoDate,
  toIsoDate,
} from './dates';

describe('calendar dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-3-1')).toBe(false);
    expect(isIsoDate('2025-03-01T00:00:00Z')).toBe(false);
  });

  it('accepts timestamps only with a zone', () => {
    expect(isIsoDateTime('2025-03-01T10:00:00Z')).toBe(true);
    expect(isIsoDateTime('2025-03-01T10:00:00.123+02:00')).toBe(true);
    expect(isIsoDateTime('2025-03-01T10:00')).toBe(false);
    expect(isIsoDateTime('2025-02-30T10:00Z')).toBe(false);
  });

  it('parses CLI input with a helpful typed error', () => {
    expect(parseIsoDate(' 2025-03-01 ')).toEqual({ ok: true, value: '2025-03-01' });
    const bad = parseIsoDate('03/01/2025');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid-date');
      expect(bad.error.message).toContain('YYYY-MM-DD');
    }
    const unreal = parseIsoDate('2025-02-30');
    expect(!unreal.ok && unreal.error.message).toContain('not a real calendar date');
  });

  it('parses dates or timestamps', () => {
    expect(parseDateOrDateTime('2025-03-01T10:00Z').ok).toBe(true);
    expect(parseDateOrDateTime('2025-03-01').ok).toBe(true);
    expect(parseDateOrDateTime('yesterday').ok).toBe(false);
  });

  it('does calendar arithmetic in UTC', () => {
    expect(toIsoDate(new Date('2025-03-01T23:59:59Z'))).toBe('2025-03-01');
    expect(dateOf('2025-03-01T01:00:00+02:00')).toBe('2025-02-28');
    expect(dateOf('2025-03-01')).toBe('2025-03-01');
    expect(instantOf('2025-03-01')).toBe(Date.parse('2025-03-01T00:00:00Z'));
    expect(addDays('2025-02-27', 2)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-03-01', '2025-03-04')).toBe(3);
    expect(daysBetween('2025-03-04', '2025-03-01')).toBe(-3);
    expect(laterDate('2025-03-01', '2025-02-01')).toBe('2025-03-01');
    expect(laterDate('2025-01-01', '2025-02-01')).toBe('2025-02-01');
  });

  it('compares whole days when either side is only a date', () => {
    expect(isStrictlyAfter('2025-03-01T10:00Z', '2025-03-01')).toBe(false);
    expect(isStrictlyAfter('2025-03-02', '2025-03-01T23:00Z')).toBe(true);
    expect(isStrictlyAfter('2025-03-01T10:00Z', '2025-03-01T09:00Z')).toBe(true);
    expect(isStrictlyAfter('2025-03-01T09:00Z', '2025-03-01T09:00Z')).toBe(false);
  });
});
