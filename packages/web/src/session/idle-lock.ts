// Locks the vault after a stretch without activity. The clock and the timer are parameters, so
// tests drive time instead of waiting for it.

/** What the idle lock needs from time; the browser passes Date.now and setTimeout. */
export interface IdleClock {
  now(): number;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const browserClock: IdleClock = {
  now: () => Date.now(),
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Calls `onIdle` once, when `timeoutMs` passed since the last `activity()`.
 * It re-checks the wall clock when the timer fires, because browsers delay timers in background
 * tabs and a sleeping laptop stops them; `check()` lets the page re-check when it becomes visible.
 * @example const idle = new IdleLock(5 * 60_000, () => vault.lock()); idle.activity();
 */
export class IdleLock {
  private last: number;
  private handle: unknown = null;
  private stopped = false;

  constructor(
    private timeoutMs: number,
    private readonly onIdle: () => void,
    private readonly clock: IdleClock = browserClock,
  ) {
    this.last = clock.now();
    this.schedule(timeoutMs);
  }

  /** The user did something: the idle time starts again. */
  activity(): void {
    if (this.stopped) return;
    this.last = this.clock.now();
  }

  /** A new timeout, counted from the last activity. */
  setTimeout(timeoutMs: number): void {
    this.timeoutMs = timeoutMs;
    this.check();
  }

  /** Locks now if the time is up, otherwise waits for what is left. */
  check(): void {
    if (this.stopped) return;
    const left = this.last + this.timeoutMs - this.clock.now();
    if (left <= 0) {
      this.stop();
      this.onIdle();
    } else {
      this.schedule(left);
    }
  }

  stop(): void {
    this.stopped = true;
    this.clear();
  }

  private schedule(ms: number): void {
    this.clear();
    this.handle = this.clock.setTimer(() => {
      this.handle = null;
      this.check();
    }, ms);
  }

  private clear(): void {
    if (this.handle !== null) this.clock.clearTimer(this.handle);
    this.handle = null;
  }
}

/** The events that count as the user being here. */
export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
