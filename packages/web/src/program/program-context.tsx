// Loads the program's items once per screen tree and shares them, with the plan as of `now`.
// Decrypted values live only in React state: never in web storage, URLs or logs.
import { ApiError, loadProgramItems, type Vault } from '@amends/client';
import type { Item } from '@amends/core';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { usePath } from '../router';
import { friendlyError } from '../session/error-message';
import { ClockProvider, useClock } from './clock';
import { programView, type ProgramView } from './program-items';

interface Program extends ProgramView {
  readonly vault: Vault;
  readonly now: Date;
  /** Reads every program item again. */
  reload(): Promise<void>;
  /** A message for this screen, e.g. "Saved." after a form sends the user on. */
  readonly notice: string | undefined;
  /** Shows a message on a screen (this one unless `path` names the next); it clears on leaving. */
  setNotice(message: string, path?: string): void;
}

const ProgramContext = createContext<Program | null>(null);

type Load = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; items: Item[] };

/** Loads the program for the screens inside it; shows a calm status while loading or on failure. */
export function ProgramProvider({ vault, children }: { vault: Vault; children: ReactNode }) {
  return (
    <ClockProvider>
      <ProgramLoader vault={vault}>{children}</ProgramLoader>
    </ClockProvider>
  );
}

function ProgramLoader({ vault, children }: { vault: Vault; children: ReactNode }) {
  const { now } = useClock();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const path = usePath();
  const [notice, setNoticeState] = useState<{ message: string; path: string }>();
  const live = useRef(true);
  const setNotice = useCallback(
    (message: string, target?: string) =>
      setNoticeState({ message, path: target ?? window.location.pathname }),
    [],
  );
  useEffect(() => {
    setNoticeState((current) => (current && current.path !== path ? undefined : current));
  }, [path]);
  const shownNotice = notice?.path === path ? notice.message : undefined;

  const reload = useCallback(async () => {
    try {
      const items = await loadProgramItems(vault);
      if (live.current) setLoad({ kind: 'ready', items });
    } catch (error) {
      if (live.current) setLoad({ kind: 'failed', message: friendlyError(error).message });
    }
  }, [vault]);

  useEffect(() => {
    live.current = true;
    void reload();
    return () => {
      live.current = false;
    };
  }, [reload]);

  const items = load.kind === 'ready' ? load.items : null;
  const value = useMemo<Program | null>(
    () => (items ? { ...programView(items, now), vault, now, reload, notice: shownNotice, setNotice } : null),
    [items, now, vault, reload, shownNotice, setNotice],
  );

  if (load.kind === 'failed') {
    return (
      <div role="alert" className="form-alert">
        <p>Your program could not be loaded. {load.message}</p>
        <button type="button" className="button button--small" onClick={() => void reload()}>
          Try again
        </button>
      </div>
    );
  }
  if (!value) {
    return (
      <p role="status" className="loading">
        Opening your program…
      </p>
    );
  }
  return <ProgramContext.Provider value={value}>{children}</ProgramContext.Provider>;
}

/** The loaded program, for screens inside ProgramProvider. */
export function useProgram(): Program {
  const program = useContext(ProgramContext);
  if (!program) throw new Error('useProgram outside ProgramProvider');
  return program;
}

/** Plain words for a failed save; a version conflict means another device wrote first. */
export function saveErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 409) {
    return 'This record was changed on another device just now. It has been reloaded: check it and save again.';
  }
  return friendlyError(error).message;
}

/**
 * Runs one save at a time and reloads the program afterwards. Returns true when it worked; on
 * failure `error` holds words for the form to show.
 */
export function useSave() {
  const { reload } = useProgram();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const running = useRef(false);
  const save = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setError(undefined);
      try {
        await action();
        await reload();
        return true;
      } catch (caught) {
        setError(saveErrorMessage(caught));
        if (caught instanceof ApiError && caught.status === 409) await reload();
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [reload],
  );
  return { busy, error, setError, save };
}
