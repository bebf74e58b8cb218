import { encodeAssociatedData } from './associated-data.js';
import { CryptoError } from './errors.js';
import { randomBytes } from './random.js';
import { envelopePrefix, KEY_BYTES, openEnvelope, sealEnvelope } from './sealed-envelope.js';
import { wipe } from './wipe.js';

/** Prefix of wrapped keys; distinct from item ciphertext so the two can never be confused. */
export const WRAP_PROTOCOL = 'amk1';

// Domain label in the associated data, separate from items for the same reason as the prefix.
const WRAP_DOMAIN = 'amends/wrapped-key';

/** A fresh random 32-byte items key. */
export function generateItemsKey(): Uint8Array {
  return randomBytes(KEY_BYTES);
}

/**
 * Wraps a 32-byte key under a key-encryption key; purpose string is bound as associated data ('items-key:passphrase' | 'items-key:recovery'). Returns a versioned string.
 *
 * The purpose stops a wrapped key stored for one slot being accepted in another, e.g. the server
 * swapping the recovery-wrapped copy into the passphrase slot.
 */
export function wrapKey(kek: Uint8Array, key: Uint8Array, purpose: string): string {
  checkPurpose(purpose);
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) {
    throw new CryptoError('invalid_input', 'the wrapped key must be 32 bytes');
  }
  return sealEnvelope(kek, WRAP_PROTOCOL, wrapAssociatedData(WRAP_PROTOCOL, purpose), key);
}

/** Unwrap a key made by wrapKey; throws CryptoError('decrypt_failed') on any tamper, wrong key or wrong purpose. */
export function unwrapKey(kek: Uint8Array, wrapped: string, purpose: string): Uint8Array {
  checkPurpose(purpose);
  if (envelopePrefix(wrapped) !== WRAP_PROTOCOL) {
    throw new CryptoError('unsupported_version', 'wrapped key has an unknown protocol version');
  }
  const key = openEnvelope(kek, wrapped, wrapAssociatedData(WRAP_PROTOCOL, purpose));
  if (key.length !== KEY_BYTES) {
    // Unreachable unless someone sealed a wrong-sized key by hand; still never hand it out.
    wipe(key);
    throw new CryptoError('decrypt_failed');
  }
  return key;
}

/** Associated data for a wrapped key: domain, protocol version, purpose. */
export function wrapAssociatedData(protocol: string, purpose: string): Uint8Array {
  return encodeAssociatedData([WRAP_DOMAIN, protocol, purpose]);
}

function checkPurpose(purpose: string): void {
  if (typeof purpose !== 'string' || purpose.length === 0) {
    throw new CryptoError('invalid_input', 'purpose must be a non-empty string');
  }
}
