import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { toBase64Url } from './base64url.js';
import { CryptoError } from './errors.js';
import { wipe } from './wipe.js';

// The recovery key is 256 uniformly random bits, so HKDF (not a slow password hash) is the right
// tool. Distinct info strings make the two outputs independent: knowing the verifier the server
// stores says nothing about the key that wraps the items key.
const SALT = new TextEncoder().encode('amends/recovery-key');
const KEK_INFO = new TextEncoder().encode('amends/recovery/kek/v1');
const VERIFIER_INFO = new TextEncoder().encode('amends/recovery/verifier/v1');

/** From the recovery key's 32 bytes, HKDF-SHA256 derives { kek (wraps the items key), verifier (base64url, sent to the server to prove possession) } with distinct info strings. */
export function deriveRecoveryKeys(recoveryKey: Uint8Array): { kek: Uint8Array; verifier: string } {
  if (!(recoveryKey instanceof Uint8Array) || recoveryKey.length !== 32) {
    throw new CryptoError('invalid_input', 'recovery key must be 32 bytes');
  }
  const kek = hkdf(sha256, recoveryKey, SALT, KEK_INFO, 32);
  const verifierBytes = hkdf(sha256, recoveryKey, SALT, VERIFIER_INFO, 32);
  const verifier = toBase64Url(verifierBytes);
  wipe(verifierBytes);
  return { kek, verifier };
}
