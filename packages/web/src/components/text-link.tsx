import type { ReactNode } from 'react';
import { followLink, type AppPath } from '../router';

/** A link to another screen of the app that does not reload the page. */
export function TextLink({ to, children }: { to: AppPath; children: ReactNode }) {
  return (
    <a href={to} onClick={followLink(to)}>
      {children}
    </a>
  );
}
