// A tiny history router: paths only, no hash, no query strings carrying anything the user wrote.
import { useSyncExternalStore, type MouseEvent } from 'react';
import { PROGRAM_PATHS } from './program/paths';

/** The app's pages. Anything else shows the home (or the welcome screen when signed out). */
export const PATHS = {
  home: '/',
  signIn: '/sign-in',
  recover: '/recover',
  settings: '/settings',
  ...PROGRAM_PATHS,
} as const;
export type AppPath = (typeof PATHS)[keyof typeof PATHS];

const NAVIGATED = 'amends:navigate';

/** The known path for a location's pathname; unknown paths fall back to home. */
export function toAppPath(pathname: string): AppPath {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return (Object.values(PATHS) as string[]).includes(trimmed) ? (trimmed as AppPath) : PATHS.home;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

/** The current page; re-renders when it changes. */
export function usePath(): AppPath {
  return useSyncExternalStore(subscribe, () => toAppPath(window.location.pathname));
}

export function navigate(path: AppPath, options: { replace?: boolean } = {}): void {
  if (window.location.pathname === path) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** For an <a href>'s onClick: a plain click stays in the app; modified clicks behave as links do. */
export function followLink(path: AppPath) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(path);
  };
}
