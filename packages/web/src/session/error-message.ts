import { ApiError, LockedError, PassphraseRejectedError, WrongPassphraseError } from '@amends/client';

/** Which field an error belongs to, so the form can put the message beside it. */
export type ErrorField = 'username' | 'passphrase' | 'recoveryKey' | 'form';

export interface FriendlyError {
  field: ErrorField;
  message: string;
}

/**
 * Plain words for what went wrong; never a stack trace, never a guess at the passphrase.
 * @example friendlyError(new WrongPassphraseError()).field === 'passphrase'
 */
export function friendlyError(error: unknown): FriendlyError {
  if (error instanceof WrongPassphraseError) {
    return { field: 'passphrase', message: 'That passphrase does not unlock this account. Try again.' };
  }
  if (error instanceof PassphraseRejectedError) return { field: 'passphrase', message: error.message };
  if (error instanceof LockedError) return { field: 'form', message: error.message };
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'invalid_credentials':
        return { field: 'form', message: error.message };
      case 'username_taken':
        return { field: 'username', message: 'That username is taken. Choose another one.' };
      case 'rate_limited': {
        const wait = error.retryAfter ? ` Try again in ${waitText(error.retryAfter)}.` : ' Try again later.';
        return { field: 'form', message: `Too many attempts for now.${wait}` };
      }
      case 'unauthenticated':
        return { field: 'form', message: 'Your session has ended. Sign in again.' };
      case 'unreachable':
        return { field: 'form', message: error.message };
      default:
        return { field: 'form', message: error.message };
    }
  }
  if (error instanceof Error && 'code' in error && error.code === 'invalid_recovery_key') {
    return { field: 'recoveryKey', message: 'That recovery key is not valid. Check it and try again.' };
  }
  return { field: 'form', message: 'Something went wrong. Please try again.' };
}

function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
