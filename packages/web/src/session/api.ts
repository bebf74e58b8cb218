import { ApiClient, type VaultOptions } from '@amends/client';
import { deriveInWorker } from './derive-in-worker';

/** One API client for the page; the browser keeps the session cookie (HttpOnly). */
export const api = new ApiClient();

/** Keys are derived in a worker so the page stays responsive during Argon2id. */
export const vaultOptions: VaultOptions = { derive: deriveInWorker };
