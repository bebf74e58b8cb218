import { CryptoError } from './errors.js';

// getRandomValues refuses more than 65536 bytes per call (Web Crypto spec), so larger requests are
// filled in chunks.
const MAX_CHUNK = 65536;

/** Return n bytes from the platform CSPRNG (Web Crypto, available in browsers and Node 20). */
export function randomBytes(n: number): Uint8Array {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new CryptoError('invalid_input', 'byte count must be a non-negative integer');
  const out = new Uint8Array(n);
  for (let offset = 0; offset < n; offset += MAX_CHUNK) {
    globalThis.crypto.getRandomValues(out.subarray(offset, Math.min(n, offset + MAX_CHUNK)));
  }
  return out;
}
