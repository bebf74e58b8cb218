// Where the app stands with the account: unknown yet, signed out, signed in but locked, or open.
import type { Vault } from '@amends/client';
import { createContext, useContext } from 'react';

export type AuthState =
  | { kind: 'loading' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'signed-out'; notice?: string }
  | { kind: 'locked'; vault: Vault; notice?: string }
  | { kind: 'unlocked'; vault: Vault; recoveryKey?: string; notice?: string };

/** What every screen may do to the session. */
export interface AuthActions {
  /** Signed up, signed in, unlocked or recovered: the vault is open. */
  opened(vault: Vault, extra?: { recoveryKey?: string; notice?: string }): void;
  /** Forget the keys; the session stays so unlocking needs only the passphrase. */
  lock(notice?: string): void;
  logout(): Promise<void>;
  /** The session is gone (logged out, deleted, ended elsewhere). */
  signedOut(notice?: string): void;
  /** The recovery key was saved; show the app. */
  recoveryKeySaved(): void;
}

export const AuthContext = createContext<AuthActions | null>(null);

export function useAuth(): AuthActions {
  const actions = useContext(AuthContext);
  if (!actions) throw new Error('useAuth outside AuthContext');
  return actions;
}
