import type { AuthState } from '../session/auth';
import { followLink, PATHS, usePath } from '../router';
import './app-header.css';

interface Props {
  auth: AuthState;
  onLock(): void;
  onLogout(): void;
}

/** Brand, and — once signed in — the way home, to settings, to lock and to log out, on every screen. */
export function AppHeader({ auth, onLock, onLogout }: Props) {
  const path = usePath();
  const unlocked = auth.kind === 'unlocked' && !auth.recoveryKey;
  return (
    <header className="app-header">
      <div className="app-header__inner">
        {unlocked ? (
          <a className="app-header__brand" href={PATHS.home} onClick={followLink(PATHS.home)}>
            Amends
          </a>
        ) : (
          <span className="app-header__brand">Amends</span>
        )}
        {auth.kind === 'unlocked' || auth.kind === 'locked' ? (
          // The full set of links takes its own row on a phone; one or two buttons stay beside the brand.
          <nav
            aria-label="Account"
            className={unlocked ? 'app-header__nav app-header__nav--full' : 'app-header__nav'}
          >
            <ul>
              {unlocked ? (
                <>
                  <li>
                    <a
                      href={PATHS.home}
                      onClick={followLink(PATHS.home)}
                      aria-current={path === PATHS.home ? 'page' : undefined}
                    >
                      Home
                    </a>
                  </li>
                  <li>
                    <a
                      href={PATHS.settings}
                      onClick={followLink(PATHS.settings)}
                      aria-current={path === PATHS.settings ? 'page' : undefined}
                    >
                      Settings
                    </a>
                  </li>
                </>
              ) : null}
              {auth.kind === 'unlocked' ? (
                <li>
                  <button type="button" className="button button--small" onClick={onLock}>
                    Lock
                  </button>
                </li>
              ) : null}
              <li>
                <button type="button" className="button button--small button--quiet" onClick={onLogout}>
                  Log out
                </button>
              </li>
            </ul>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
