/**
 * Every failure this package reports is a CryptoError with a stable code, so callers branch on
 * the code and never on message text. Messages never contain key material or plaintext.
 */
export type CryptoErrorCode =
  'decrypt_failed' | 'unsupported_version' | 'invalid_recovery_key' | 'invalid_input';

/** An error from @amends/crypto; `code` says what kind of failure it was. */
export class CryptoError extends Error {
  readonly code: CryptoErrorCode;

  constructor(code: CryptoErrorCode, message: string = code) {
    super(message);
    this.name = 'CryptoError';
    this.code = code;
  }
}
