import { describe, expect, it } from 'vitest';
import { newPassphraseErrors, passphraseFeedback, usernameError } from './passphrase-feedback';

describe('passphraseFeedback', () => {
  it('says nothing before typing', () => {
    expect(passphraseFeedback('').text).toBe('');
  });
  it('counts what is missing', () => {
    expect(passphraseFeedback('abcdefghi-')).toEqual({
      text: 'Use at least 12 characters. A few words work well. 2 more to go.',
      tone: 'warn',
    });
  });
  it('accepts a long, uncommon passphrase', () => {
    expect(passphraseFeedback('quiet harbour lantern 42').tone).toBe('good');
  });
});

describe('newPassphraseErrors', () => {
  it('asks for the same passphrase twice', () => {
    expect(newPassphraseErrors('quiet harbour lantern', 'quiet harbor lantern')).toEqual({
      confirm: 'The two passphrases are not the same. Type it again.',
    });
    expect(newPassphraseErrors('quiet harbour lantern', 'quiet harbour lantern')).toEqual({});
  });
});

describe('usernameError', () => {
  it('follows the server rule', () => {
    expect(usernameError('sam.k')).toBeUndefined();
    expect(usernameError('a b')).toMatch(/no spaces/);
    expect(usernameError('')).toBe('Enter a username.');
  });
});
