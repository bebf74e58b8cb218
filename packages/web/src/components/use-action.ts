import { useCallback, useRef, useState } from 'react';
import { friendlyError, type FriendlyError } from '../session/error-message';

/**
 * Runs a form's async action once at a time, with busy state and a friendly error.
 * A second Enter while busy is ignored rather than starting another key derivation.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FriendlyError | null>(null);
  const running = useRef(false);
  const run = useCallback(async (action: () => Promise<void>): Promise<FriendlyError | null> => {
    if (running.current) return null;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await action();
      return null;
    } catch (caught) {
      const friendly = friendlyError(caught);
      setError(friendly);
      return friendly;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
