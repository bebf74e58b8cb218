import { describe, expect, it } from 'vitest';
import { checkNoContact, checkSignal } from './space-form';

const now = new Date('2026-03-02T10:00:00Z');

describe('checkNoContact', () => {
  it('accepts a start date and a length in days', () => {
    expect(checkNoContact({ startedOn: '2026-03-02', lengthDays: '30' })).toEqual({
      ok: true,
      value: { startedOn: '2026-03-02', lengthDays: 30 },
    });
    expect(checkNoContact({ startedOn: '2026-03-02', lengthDays: '0' }).ok).toBe(true);
  });
  it('refuses a missing date and a length that is not 0 to 365 whole days', () => {
    const result = checkNoContact({ startedOn: '', lengthDays: '3.5' });
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['startedOn', 'lengthDays']);
    expect(checkNoContact({ startedOn: '2026-03-02', lengthDays: '366' }).ok).toBe(false);
  });
});

describe('checkSignal', () => {
  it('records today as the full time now, so same-day signals keep their order', () => {
    const result = checkSignal({ kind: 'asked-no-contact', date: '2026-03-02', until: '', note: '' }, now);
    expect(result).toEqual({ ok: true, signal: { kind: 'asked-no-contact', at: now.toISOString() } });
  });
  it('keeps an earlier day as a date, with the note', () => {
    const result = checkSignal({ kind: 'slip', date: '2026-02-27', until: '', note: 'I texted.' }, now);
    expect(result).toEqual({ ok: true, signal: { kind: 'slip', at: '2026-02-27', note: 'I texted.' } });
  });
  it('keeps an until-date only on wait signals', () => {
    const wait = checkSignal(
      { kind: 'asked-for-space', date: '2026-03-01', until: '2026-04-01', note: '' },
      now,
    );
    expect(wait.ok && wait.signal.until).toBe('2026-04-01');
    const open = checkSignal({ kind: 'reached-out', date: '2026-03-01', until: '2026-04-01', note: '' }, now);
    expect(open.ok && open.signal.until).toBeUndefined();
  });
  it('explains what is wrong, field by field', () => {
    const none = checkSignal({ date: '', until: '', note: '' }, now);
    expect(!none.ok && none.problems.map((p) => p.field)).toEqual(['kind', 'date']);
    const future = checkSignal({ kind: 'blocked', date: '2026-03-03', until: '', note: '' }, now);
    expect(!future.ok && future.problems[0]?.field).toBe('date');
    const early = checkSignal({ kind: 'volatile', date: '2026-03-01', until: '2026-02-01', note: '' }, now);
    expect(!early.ok && early.problems[0]?.field).toBe('until');
  });
});
