import { describe, expect, it } from 'vitest';
import { parseSignal, sortSignals } from './signal';
import { parseSignalKind, SIGNAL_KINDS, SIGNAL_KIND_INFO, signalGroup } from './signal-kinds';

describe('signal kinds', () => {
  it('are exactly the product names, with a label and description each', () => {
    expect(SIGNAL_KINDS).toEqual([
      'asked-no-contact',
      'blocked',
      'moving-on',
      'asked-for-space',
      'life-change',
      'volatile',
      'reached-out',
      'open-to-talk',
      'slip',
    ]);
    for (const kind of SIGNAL_KINDS) {
      expect(SIGNAL_KIND_INFO[kind].kind).toBe(kind);
      expect(SIGNAL_KIND_INFO[kind].label.length).toBeGreaterThan(0);
      expect(SIGNAL_KIND_INFO[kind].takesUntil).toBe(signalGroup(kind) === 'wait');
    }
    expect(SIGNAL_KINDS.map(signalGroup)).toEqual([
      'stop',
      'stop',
      'stop',
      'wait',
      'wait',
      'wait',
      'open',
      'open',
      'slip',
    ]);
  });

  it('parses typed kinds, forgiving case and space but not spelling', () => {
    expect(parseSignalKind(' Blocked ')).toEqual({ ok: true, value: 'blocked' });
    const bad = parseSignalKind('block');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('unknown-signal-kind');
      expect(bad.error.message).toContain('asked-no-contact');
      expect(bad.error.allowed).toBe(SIGNAL_KINDS);
    }
  });
});

describe('signal item', () => {
  it('parses a signal with a date or timestamp and an optional note', () => {
    expect(parseSignal({ kind: 'blocked', at: '2025-03-01' }).ok).toBe(true);
    expect(parseSignal({ kind: 'slip', at: '2025-03-01T20:00:00Z', note: 'Texted happy birthday.' }).ok).toBe(
      true,
    );
    expect(parseSignal({ kind: 'blocked', at: 'yesterday' }).ok).toBe(false);
    expect(parseSignal({ kind: 'ghosted', at: '2025-03-01' }).ok).toBe(false);
  });

  it('accepts until-dates only on wait signals, and never before the signal', () => {
    expect(parseSignal({ kind: 'asked-for-space', at: '2025-03-01', until: '2025-04-01' }).ok).toBe(true);
    expect(parseSignal({ kind: 'asked-for-space', at: '2025-03-01', until: '2025-03-01' }).ok).toBe(true);
    const early = parseSignal({ kind: 'volatile', at: '2025-03-01', until: '2025-02-01' });
    expect(!early.ok && early.error.issues[0]?.path).toBe('signal.until');
    expect(parseSignal({ kind: 'blocked', at: '2025-03-01', until: '2025-04-01' }).ok).toBe(false);
  });

  it('sorts oldest first, stable on ties', () => {
    const a = { kind: 'blocked', at: '2025-03-02' } as const;
    const b = { kind: 'slip', at: '2025-03-01T10:00:00Z' } as const;
    const c = { kind: 'reached-out', at: '2025-03-02' } as const;
    expect(sortSignals([a, b, c])).toEqual([b, a, c]);
  });
});
