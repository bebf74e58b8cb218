// Public API of @amends/crypto. Formats and parameter choices are described in ../README.md.
export { CryptoError, type CryptoErrorCode } from './errors.js';
export { toBase64Url, fromBase64Url } from './base64url.js';
export { randomBytes } from './random.js';
export { wipe } from './wipe.js';
export { type KdfParams, PRODUCTION_KDF, TEST_KDF, generateSalt, deriveKeys } from './kdf.js';
export { type ItemHeader, encryptItem, decryptItem } from './item-cipher.js';
export { generateItemsKey, wrapKey, unwrapKey } from './key-wrap.js';
export { generateRecoveryKey, parseRecoveryKey } from './recovery-key.js';
export { deriveRecoveryKeys } from './recovery-derivation.js';
