import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { fromBase64Url, toBase64Url } from './base64url.js';
import { CryptoError } from './errors.js';
import { randomBytes } from './random.js';

// XChaCha20-Poly1305 takes a 24-byte nonce: large enough to pick at random for every message
// without tracking counters across devices, which is why it was chosen over AES-GCM.
const NONCE_BYTES = 24;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** Encrypt with a fresh random nonce and return '<prefix>:<nonce b64url>:<ciphertext+tag b64url>'. */
export function sealEnvelope(
  key: Uint8Array,
  prefix: string,
  associatedData: Uint8Array,
  plaintext: Uint8Array,
): string {
  checkKey(key);
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = xchacha20poly1305(key, nonce, associatedData).encrypt(plaintext);
  return `${prefix}:${toBase64Url(nonce)}:${toBase64Url(sealed)}`;
}

/** Split an envelope into its prefix and the rest, without judging the rest yet. */
export function envelopePrefix(envelope: string): string {
  if (typeof envelope !== 'string') throw new CryptoError('invalid_input', 'ciphertext must be a string');
  const colon = envelope.indexOf(':');
  return colon === -1 ? '' : envelope.slice(0, colon);
}

/**
 * Open an envelope whose prefix the caller has already accepted.
 *
 * Anything wrong with the body — wrong shape, bad base64url, short nonce, failed tag — is reported
 * as decrypt_failed: to the caller it is all the same "this ciphertext was altered or is not ours",
 * and a single code gives an attacker nothing to tell the cases apart by.
 */
export function openEnvelope(key: Uint8Array, envelope: string, associatedData: Uint8Array): Uint8Array {
  checkKey(key);
  const parts = envelope.split(':');
  if (parts.length !== 3) throw new CryptoError('decrypt_failed');
  let nonce: Uint8Array;
  let sealed: Uint8Array;
  try {
    nonce = fromBase64Url(parts[1]!);
    sealed = fromBase64Url(parts[2]!);
  } catch {
    throw new CryptoError('decrypt_failed');
  }
  if (nonce.length !== NONCE_BYTES || sealed.length < TAG_BYTES) throw new CryptoError('decrypt_failed');
  try {
    return xchacha20poly1305(key, nonce, associatedData).decrypt(sealed);
  } catch {
    throw new CryptoError('decrypt_failed');
  }
}

function checkKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) {
    throw new CryptoError('invalid_input', 'key must be 32 bytes');
  }
}
