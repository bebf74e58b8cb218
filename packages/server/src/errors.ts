import { ERROR_CODES, type ErrorCode } from '@amends/wire';

/** The one error class services throw; mapped to HTTP in one place (app-errors.ts). */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = ERROR_CODES[code];
  }
}

export const notFound = (what = 'That was not found.') => new AppError('not_found', what);
export const unauthenticated = () => new AppError('unauthenticated', 'Please sign in again.');
/** Same words for an unknown name and a wrong passphrase, so neither can be told apart. */
export const invalidCredentials = () =>
  new AppError('invalid_credentials', 'That username and passphrase do not match an account.');
