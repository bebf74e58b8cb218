// The one place the program screens read the time. Every rule in core takes `now`; screens get it
// from here, so a test can set the browser's clock and see the whole program move with it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** The current instant. Everything that needs "now" (rules, dates on new records) calls this. */
export function readNow(): Date {
  return new Date();
}

interface Clock {
  now: Date;
  /** Reads the clock again, e.g. when a screen opens. */
  refresh(): void;
}

const ClockContext = createContext<Clock | null>(null);

// A minute is fine-grained enough for day counters; focus and screen changes refresh at once.
const TICK_MS = 60_000;

/** Holds `now` for the screens below it, refreshed every minute and when the window regains focus. */
export function ClockProvider({ children }: { children: ReactNode }) {
  const [now, setNow] = useState(readNow);
  const refresh = useCallback(() => setNow(readNow()), []);
  useEffect(() => {
    const timer = window.setInterval(refresh, TICK_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);
  const value = useMemo(() => ({ now, refresh }), [now, refresh]);
  return <ClockContext.Provider value={value}>{children}</ClockContext.Provider>;
}

/** The clock of the program screens. */
export function useClock(): Clock {
  const clock = useContext(ClockContext);
  if (!clock) throw new Error('useClock outside ClockProvider');
  return clock;
}
