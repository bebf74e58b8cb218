import { describe, expect, it } from 'vitest';
import { IdleLock, type IdleClock } from './idle-lock';

/** A clock the test moves by hand; timers fire when their time is reached. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: IdleClock = {
    now: () => now,
    setTimer: (callback, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, callback, id });
      return id;
    },
    clearTimer: (handle) => {
      timers = timers.filter((t) => t.id !== handle);
    },
  };
  const advance = (ms: number) => {
    const target = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.callback();
    }
    now = target;
  };
  return { clock, advance, pending: () => timers.length, jump: (ms: number) => (now += ms) };
}

describe('IdleLock', () => {
  it('locks once the timeout passes without activity', () => {
    const { clock, advance } = fakeClock();
    let locked = 0;
    new IdleLock(5 * 60_000, () => locked++, clock);
    advance(5 * 60_000 - 1);
    expect(locked).toBe(0);
    advance(1);
    expect(locked).toBe(1);
    advance(60 * 60_000);
    expect(locked).toBe(1);
  });

  it('counts from the last activity', () => {
    const { clock, advance } = fakeClock();
    let locked = 0;
    const idle = new IdleLock(60_000, () => locked++, clock);
    advance(50_000);
    idle.activity();
    advance(50_000);
    expect(locked).toBe(0);
    advance(10_000);
    expect(locked).toBe(1);
  });

  it('applies a shorter timeout at once when the time is already up', () => {
    const { clock, advance } = fakeClock();
    let locked = 0;
    const idle = new IdleLock(30 * 60_000, () => locked++, clock);
    advance(2 * 60_000);
    idle.setTimeout(60_000);
    expect(locked).toBe(1);
  });

  it('a longer timeout postpones the lock', () => {
    const { clock, advance } = fakeClock();
    let locked = 0;
    const idle = new IdleLock(60_000, () => locked++, clock);
    idle.setTimeout(15 * 60_000);
    advance(14 * 60_000);
    expect(locked).toBe(0);
    advance(60_000);
    expect(locked).toBe(1);
  });

  it('locks on a check after the clock jumped (a sleeping laptop) even if no timer fired', () => {
    const { clock, jump } = fakeClock();
    let locked = 0;
    const idle = new IdleLock(60_000, () => locked++, clock);
    jump(10 * 60_000);
    idle.check();
    expect(locked).toBe(1);
  });

  it('does nothing after stop', () => {
    const { clock, advance, pending } = fakeClock();
    let locked = 0;
    const idle = new IdleLock(60_000, () => locked++, clock);
    idle.stop();
    expect(pending()).toBe(0);
    advance(120_000);
    idle.check();
    expect(locked).toBe(0);
  });
});
