import { describe, expect, it } from 'vitest';
import { newSignal } from './signal-input';

const now = new Date('2025-03-01T10:30:00Z');

describe('newSignal', () => {
  it('defaults at to now and trims the note', () => {
    expect(newSignal({ kind: 'blocked', note: '  on every app ' }, now)).toEqual({
      ok: true,
      value: { kind: 'blocked', at: '2025-03-01T10:30:00.000Z', note: 'on every app' },
    });
    expect(newSignal({ kind: 'slip', note: '   ' }, now)).toEqual({
      ok: true,
      value: { kind: 'slip', at: '2025-03-01T10:30:00.000Z' },
    });
  });

  it('takes a typed date and an until-date for waits', () => {
    expect(newSignal({ kind: 'asked-for-space', at: '2025-02-20', until: '2025-04-01' }, now)).toEqual({
      ok: true,
      value: { kind: 'asked-for-space', at: '2025-02-20', until: '2025-04-01' },
    });
  });

  it('returns the typed error of the first bad field', () => {
    const kind = newSignal({ kind: 'ghosted' }, now);
    expect(!kind.ok && kind.error.code).toBe('unknown-signal-kind');
    const at = newSignal({ kind: 'blocked', at: '1/3/2025' }, now);
    expect(!at.ok && at.error.code).toBe('invalid-date');
    const until = newSignal({ kind: 'volatile', until: 'soon' }, now);
    expect(!until.ok && until.error.code).toBe('invalid-date');
    const misplaced = newSignal({ kind: 'blocked', until: '2025-04-01' }, now);
    expect(!misplaced.ok && misplaced.error.code).toBe('invalid-value');
    const early = newSignal({ kind: 'volatile', until: '2025-02-01' }, now);
    expect(!early.ok && early.error.message).toContain('before the signal');
  });
});
