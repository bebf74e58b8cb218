// The shell: decides which screen shows from the account state and the path. Screens behind the
// lock (home, settings, the program) load on demand, so the first screen stays small.
import { Vault } from '@amends/client';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { AppHeader } from './components/app-header';
import { navigate, PATHS, usePath } from './router';
import { SignIn } from './screens/sign-in';
import { Unlock } from './screens/unlock';
import { Unavailable } from './screens/unavailable';
import { Welcome } from './screens/welcome';
import { api, vaultOptions, whenSessionEnds } from './session/api';
import { AuthContext, type AuthActions, type AuthState } from './session/auth';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';

const UnlockedApp = lazy(() => import('./unlocked/unlocked-app'));
const Recover = lazy(() => import('./screens/recover'));

export function App() {
  const [auth, setAuth] = useState<AuthState>({ kind: 'loading' });
  const path = usePath();

  const resume = useCallback(() => {
    Vault.resume(api, vaultOptions).then(
      (vault) => setAuth(vault ? { kind: 'locked', vault } : { kind: 'signed-out' }),
      () =>
        setAuth({
          kind: 'unavailable',
          message: 'Amends could not reach its server. Check that it is running, then try again.',
        }),
    );
  }, []);
  useEffect(resume, [resume]);
  // Ended from another device (or by a passphrase change there): sign this one out, keys dropped.
  useEffect(
    () =>
      whenSessionEnds(() => {
        setAuth((current) => {
          if (current.kind === 'unlocked' || current.kind === 'locked') current.vault.lock();
          return { kind: 'signed-out', notice: 'Your session has ended. Sign in again.' };
        });
        navigate(PATHS.signIn);
      }),
    [],
  );

  const actions = useMemo<AuthActions>(
    () => ({
      opened: (vault, extra = {}) => setAuth({ kind: 'unlocked', vault, ...extra }),
      lock: (notice) =>
        setAuth((current) => {
          if (current.kind !== 'unlocked') return current;
          current.vault.lock();
          return { kind: 'locked', vault: current.vault, ...(notice ? { notice } : {}) };
        }),
      signedOut: (notice) => {
        setAuth(notice ? { kind: 'signed-out', notice } : { kind: 'signed-out' });
        navigate(PATHS.signIn);
      },
      logout: async () => {
        const current = auth;
        if (current.kind === 'unlocked' || current.kind === 'locked') {
          current.vault.lock();
          try {
            await current.vault.logout();
          } catch {
            // The session may already be gone on the server; either way this device is signed out.
          }
        }
        setAuth({ kind: 'signed-out', notice: 'You are logged out.' });
        navigate(PATHS.signIn);
      },
      recoveryKeySaved: () =>
        setAuth((current) =>
          current.kind === 'unlocked' ? { kind: 'unlocked', vault: current.vault } : current,
        ),
    }),
    [auth],
  );

  return (
    <AuthContext.Provider value={actions}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppHeader auth={auth} onLock={() => actions.lock()} onLogout={() => void actions.logout()} />
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense fallback={<Loading />}>{screen(auth, path, resume)}</Suspense>
      </main>
      <footer className="app-footer">
        <p>Everything you write is encrypted on this device before it is saved. Nobody else can read it.</p>
      </footer>
    </AuthContext.Provider>
  );
}

function screen(auth: AuthState, path: string, retry: () => void) {
  switch (auth.kind) {
    case 'loading':
      return <Loading />;
    case 'unavailable':
      return <Unavailable message={auth.message} onRetry={retry} />;
    case 'signed-out':
      if (path === PATHS.signIn) return <SignIn notice={auth.notice} />;
      if (path === PATHS.recover) return <Recover />;
      return <Welcome notice={auth.notice} />;
    case 'locked':
      if (path === PATHS.recover) return <Recover username={auth.vault.username} />;
      return <Unlock vault={auth.vault} notice={auth.notice} />;
    case 'unlocked':
      return <UnlockedApp vault={auth.vault} recoveryKey={auth.recoveryKey} notice={auth.notice} />;
  }
}

function Loading() {
  return (
    <p role="status" className="loading">
      Opening Amends…
    </p>
  );
}
