// Runs Argon2id off the main thread so the page stays responsive while keys are derived.
// One worker per derivation: when it is terminated, its memory (and any trace of the
// passphrase in it) goes with it.
import { deriveKeys, type KdfParams } from '@amends/crypto';

export interface DeriveRequest {
  passphrase: string;
  salt: string;
  kdf: KdfParams;
}

export type DeriveResponse =
  { ok: true; masterKey: Uint8Array; loginVerifier: string } | { ok: false; message: string };

self.onmessage = async (event: MessageEvent<DeriveRequest>) => {
  const { passphrase, salt, kdf } = event.data;
  let reply: DeriveResponse;
  try {
    const { masterKey, loginVerifier } = await deriveKeys(passphrase, salt, kdf);
    reply = { ok: true, masterKey, loginVerifier };
    self.postMessage(reply, { transfer: [masterKey.buffer] });
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : 'Key derivation failed.' };
    self.postMessage(reply);
  }
};
