import { useEffect, useRef } from 'react';
import { ACTIVITY_EVENTS, IdleLock } from '../session/idle-lock';

/** Locks after `minutes` without a key press, click, touch or scroll; re-checks when the tab returns. */
export function useIdleLock(minutes: number, onIdle: (minutes: number) => void): void {
  const lockRef = useRef<IdleLock | null>(null);
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  });
  const minutesRef = useRef(minutes);

  useEffect(() => {
    const idle = new IdleLock(minutesRef.current * 60_000, () => onIdleRef.current(minutesRef.current));
    lockRef.current = idle;
    const activity = () => idle.activity();
    const visible = () => {
      if (document.visibilityState === 'visible') idle.check();
    };
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, activity, { passive: true, capture: true });
    document.addEventListener('visibilitychange', visible);
    return () => {
      idle.stop();
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, activity, { capture: true });
      document.removeEventListener('visibilitychange', visible);
    };
  }, []);

  useEffect(() => {
    minutesRef.current = minutes;
    lockRef.current?.setTimeout(minutes * 60_000);
  }, [minutes]);
}
