/** An error answer from the server, or a failure to reach it, with the server's stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait, when the server said so (429). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The passphrase (or recovery key) did not open the vault. Checked on the device. */
export class WrongPassphraseError extends Error {
  readonly code = 'wrong_passphrase';
  constructor(message = 'That passphrase does not unlock this account.') {
    super(message);
    this.name = 'WrongPassphraseError';
  }
}

/** The vault is locked: keys are not in memory. */
export class LockedError extends Error {
  readonly code = 'locked';
  constructor() {
    super('Amends is locked. Unlock it with your passphrase.');
    this.name = 'LockedError';
  }
}
