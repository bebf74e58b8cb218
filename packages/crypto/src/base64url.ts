import { CryptoError } from './errors.js';

// RFC 4648 §5 alphabet, written without padding. Hand-rolled because Buffer is Node-only and
// Uint8Array.fromBase64 is not in Node 20.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

/** Encode bytes as unpadded base64url. */
export function toBase64Url(b: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 3 <= b.length; i += 3) {
    const n = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = b.length - i;
  if (rest === 1) {
    const n = b[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (b[i]! << 16) | (b[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/**
 * Decode unpadded base64url; throws CryptoError('invalid_input') on anything else.
 *
 * Decoding is strict — no padding, no whitespace, unused trailing bits must be zero — so every byte
 * string has exactly one accepted encoding. Ciphertext strings therefore cannot be altered
 * without changing the bytes that authentication checks.
 */
export function fromBase64Url(s: string): Uint8Array {
  if (typeof s !== 'string') throw new CryptoError('invalid_input', 'base64url input must be a string');
  if (s.length % 4 === 1) throw new CryptoError('invalid_input', 'base64url length is impossible');
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const c of s) {
    const v = LOOKUP.get(c);
    if (v === undefined)
      throw new CryptoError('invalid_input', 'base64url input has a character outside the alphabet');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0)
    throw new CryptoError('invalid_input', 'base64url input is not canonical');
  return out;
}
