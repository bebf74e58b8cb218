import type { DeriveKeys } from '@amends/client';
import type { DeriveRequest, DeriveResponse } from './derive.worker';

/** Derives keys in a fresh Web Worker and ends the worker afterwards; plugs into the Vault. */
export const deriveInWorker: DeriveKeys = (passphrase, salt, kdf) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./derive.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<DeriveResponse>) => {
      done();
      const data = event.data;
      if (data.ok) resolve({ masterKey: data.masterKey, loginVerifier: data.loginVerifier });
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(event.message || 'The key derivation worker failed to start.'));
    };
    const request: DeriveRequest = { passphrase, salt, kdf };
    worker.postMessage(request);
  });
