// Everything behind the lock. Loaded on demand after unlocking, so the first screen stays small.
// Unmounting this tree on lock drops every decrypted value it held.
import type { Vault } from '@amends/client';
import { lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isProgramPath } from '../program/paths';
import { navigate, PATHS, usePath } from '../router';
import { useAuth } from '../session/auth';
import { DEFAULT_SETTINGS, SettingsStore, type Settings } from '../session/settings';
import { Home } from '../screens/home';
import { RecoveryKeyScreen } from '../screens/recovery-key';
import { SettingsContext, type SettingsActions } from './settings-context';
import { useIdleLock } from './use-idle-lock';

const SettingsScreen = lazy(() => import('../screens/settings/settings-screen'));
const ProgramRoutes = lazy(() => import('../program/program-routes'));

interface Props {
  vault: Vault;
  recoveryKey?: string | undefined;
  notice?: string | undefined;
}

export default function UnlockedApp({ vault, recoveryKey, notice }: Props) {
  const auth = useAuth();
  const path = usePath();
  const store = useRef(new SettingsStore(vault));
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  // The first read of the settings, so a save that must build on them can wait for it.
  const firstLoad = useRef<Promise<Settings> | null>(null);

  useEffect(() => {
    let live = true;
    const loading = store.current.load();
    firstLoad.current = loading.catch(() => DEFAULT_SETTINGS);
    loading.then(
      (stored) => {
        if (!live) return;
        setSettings(stored);
        setLoaded(true);
      },
      // Unreadable settings keep the defaults; the next save writes a fresh item.
      () => live && setLoaded(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const onIdle = useCallback(
    (minutes: number) =>
      auth.lock(
        `Amends locked itself after ${minutes} minute${minutes === 1 ? '' : 's'} without activity. Your writing is safe.`,
      ),
    [auth],
  );
  useIdleLock(settings.autoLockMinutes, onIdle);

  // Signed in from /sign-in (or back in through /recover): those pages are behind the user now, so
  // the address shows the home they see, and Back does not return to a sign-in form.
  useEffect(() => {
    if (path === PATHS.signIn || path === PATHS.recover) navigate(PATHS.home, { replace: true });
  }, [path]);

  // The settings as last set, for changes that must build on the newest value rather than on the
  // one a component rendered with (a slow key derivation can sit between the two).
  const latest = useRef(settings);
  latest.current = settings;

  const actions = useMemo<SettingsActions>(
    () => ({
      settings,
      loaded,
      update: async (change) => {
        const before = latest.current;
        const next = { ...before, ...change };
        latest.current = next;
        setSettings(next);
        try {
          await store.current.save(next);
        } catch (error) {
          // Not saved, so not in effect either (an auto-lock the user was told failed must not
          // apply); unless a later change has already replaced it.
          if (latest.current === next) {
            latest.current = before;
            setSettings(before);
          }
          throw error;
        }
      },
    }),
    [settings, loaded],
  );

  if (recoveryKey) {
    return (
      <RecoveryKeyScreen
        username={vault.username}
        recoveryKey={recoveryKey}
        onSaved={() => {
          auth.recoveryKeySaved();
          navigate(PATHS.home, { replace: true });
          // Shown at once (no reminder flashes on the way home), then saved once the first read is in.
          setSettings((current) => ({ ...current, recoveryKeyUnconfirmed: false }));
          void (firstLoad.current ?? Promise.resolve(DEFAULT_SETTINGS))
            .then(() => actions.update({ recoveryKeyUnconfirmed: false }))
            .catch(() => undefined);
        }}
      />
    );
  }
  return (
    <SettingsContext.Provider value={actions}>
      {path === PATHS.settings ? (
        <SettingsScreen vault={vault} />
      ) : isProgramPath(path) ? (
        <ProgramRoutes vault={vault} path={path} />
      ) : (
        <Home notice={notice} vault={vault} />
      )}
    </SettingsContext.Provider>
  );
}
