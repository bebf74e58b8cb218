import { ApiError, WrongPassphraseError } from '@amends/client';
import { describe, expect, it } from 'vitest';
import { friendlyError } from './error-message';

describe('friendlyError', () => {
  it('puts a wrong passphrase on the passphrase field', () => {
    expect(friendlyError(new WrongPassphraseError()).field).toBe('passphrase');
  });
  it('puts a taken username on the username field', () => {
    expect(friendlyError(new ApiError(409, 'username_taken', 'taken'))).toEqual({
      field: 'username',
      message: 'That username is taken. Choose another one.',
    });
  });
  it('says how long to wait when rate limited', () => {
    expect(friendlyError(new ApiError(429, 'rate_limited', 'slow', 90)).message).toBe(
      'Too many attempts for now. Try again in 2 minutes.',
    );
  });
  it('never shows an unknown error as it is', () => {
    expect(friendlyError(new TypeError('x is undefined')).message).toBe(
      'Something went wrong. Please try again.',
    );
  });
});
