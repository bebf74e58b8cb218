import { ApiClient, ApiError, Vault, WrongPassphraseError } from '@amends/client';
import { ask } from './prompt.js';
import { CliError, type CliIo } from './io.js';

export const DEFAULT_SERVER = 'http://127.0.0.1:4747';

/** The server a command talks to: --server, else the local one on AMENDS_HOST/AMENDS_PORT. */
export function serverUrl(option: string | undefined, env: NodeJS.ProcessEnv): string {
  if (option) return option;
  if (env.AMENDS_PORT || env.AMENDS_HOST) {
    return `http://${env.AMENDS_HOST ?? '127.0.0.1'}:${env.AMENDS_PORT ?? '4747'}`;
  }
  return DEFAULT_SERVER;
}

export function apiFor(server: string): ApiClient {
  return new ApiClient({ baseUrl: server, cookieJar: true });
}

/** Username and passphrase from AMENDS_USERNAME / AMENDS_PASSPHRASE, or asked for. */
export async function credentials(
  io: CliIo,
  username?: string,
): Promise<{ username: string; passphrase: string }> {
  const name = username ?? io.env.AMENDS_USERNAME ?? (await ask(io, 'Username: '));
  const passphrase = io.env.AMENDS_PASSPHRASE ?? (await ask(io, 'Passphrase: ', { hidden: true }));
  if (!name || !passphrase) throw new CliError('A username and a passphrase are needed.', 2);
  return { username: name, passphrase };
}

/** Turns the client's errors into plain CLI errors. */
export function explain(error: unknown): never {
  if (error instanceof WrongPassphraseError) throw new CliError(error.message);
  if (error instanceof ApiError) {
    const wait = error.retryAfter ? ` (try again in ${error.retryAfter} s)` : '';
    throw new CliError(`${error.message}${wait}`, error.code === 'unreachable' ? 3 : 1);
  }
  throw error;
}

/**
 * Signs in for one command, runs it with the unlocked vault, then ends the session so
 * scripted use does not pile up sessions.
 */
export async function withVault<T>(
  io: CliIo,
  server: string,
  run: (vault: Vault) => Promise<T>,
  username?: string,
): Promise<T> {
  const api = apiFor(server);
  const vault = await Vault.login(api, await credentials(io, username)).catch(explain);
  try {
    return await run(vault);
  } finally {
    await vault.logout().catch(() => undefined);
  }
}
