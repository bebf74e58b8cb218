import { ApiClient, type VaultOptions } from '@amends/client';
import { deriveInWorker } from './derive-in-worker';

let sessionEnded: () => void = () => {};

/** One API client for the page; the browser keeps the session cookie (HttpOnly). */
export const api = new ApiClient({ onSessionEnded: () => sessionEnded() });

/** What the page does when the server says this device's session is gone; the shell sets it. */
export function whenSessionEnds(handler: () => void): void {
  sessionEnded = handler;
}

/** Keys are derived in a worker so the page stays responsive during Argon2id. */
export const vaultOptions: VaultOptions = { derive: deriveInWorker };
