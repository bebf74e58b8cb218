import { encodeAssociatedData } from './associated-data.js';
import { CryptoError } from './errors.js';
import { envelopePrefix, openEnvelope, sealEnvelope } from './sealed-envelope.js';
import { wipe } from './wipe.js';

/** The plaintext fields the server stores beside an item's ciphertext; all of them are authenticated. */
export interface ItemHeader {
  id: string;
  type: string;
  version: number;
}

/**
 * The only item protocol this code speaks. A new protocol gets a new prefix and its own branch in
 * decryptItem; anything else, older ones included, is refused so nobody can downgrade an item.
 */
export const ITEM_PROTOCOL = 'am1';

// Domain label in the associated data: an item ciphertext can never be mistaken for a wrapped key
// (or any future envelope), even under the same key.
const ITEM_DOMAIN = 'amends/item';

/**
 * Associated data for an item: domain, protocol version, id, type, item version. Binding the
 * protocol version means rewriting the 'am1' prefix to another version fails authentication even
 * if a future decoder would accept the new prefix.
 */
export function itemAssociatedData(protocol: string, header: ItemHeader): Uint8Array {
  return encodeAssociatedData([ITEM_DOMAIN, protocol, header.id, header.type, String(header.version)]);
}

/** XChaCha20-Poly1305 with AD = protocol version + id + type + item version. Plaintext is any JSON-serializable value. Returns 'am1:<nonce b64url>:<ciphertext b64url>'. */
export function encryptItem(itemsKey: Uint8Array, header: ItemHeader, value: unknown): string {
  checkHeader(header);
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    // BigInt and circular structures throw; treat them like undefined below.
    json = undefined;
  }
  if (json === undefined) throw new CryptoError('invalid_input', 'item value is not JSON-serializable');
  const plaintext = new TextEncoder().encode(json);
  try {
    return sealEnvelope(itemsKey, ITEM_PROTOCOL, itemAssociatedData(ITEM_PROTOCOL, header), plaintext);
  } finally {
    wipe(plaintext);
  }
}

/** Decrypt and parse an item; CryptoError on tamper, wrong id/type/version, unknown or lower protocol version. */
export function decryptItem<T = unknown>(itemsKey: Uint8Array, header: ItemHeader, ciphertext: string): T {
  checkHeader(header);
  if (envelopePrefix(ciphertext) !== ITEM_PROTOCOL) {
    throw new CryptoError('unsupported_version', 'item ciphertext has an unknown protocol version');
  }
  const plaintext = openEnvelope(itemsKey, ciphertext, itemAssociatedData(ITEM_PROTOCOL, header));
  try {
    // fatal: a tag that verifies guarantees the bytes are what we encrypted, so invalid UTF-8 or
    // JSON here would mean a bug, and we would rather fail loudly than return a mangled value.
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext)) as T;
  } catch {
    throw new CryptoError('decrypt_failed', 'item plaintext is not valid JSON');
  } finally {
    wipe(plaintext);
  }
}

function checkHeader(header: ItemHeader): void {
  const valid =
    typeof header === 'object' &&
    header !== null &&
    typeof header.id === 'string' &&
    header.id.length > 0 &&
    typeof header.type === 'string' &&
    header.type.length > 0 &&
    Number.isSafeInteger(header.version) &&
    header.version >= 0;
  if (!valid) {
    throw new CryptoError(
      'invalid_input',
      'item header needs a non-empty id and type and a non-negative integer version',
    );
  }
}
