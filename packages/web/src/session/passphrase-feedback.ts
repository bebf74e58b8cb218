import { checkPassphrase, MIN_PASSPHRASE } from '@amends/client';

export interface Feedback {
  text: string;
  tone: 'neutral' | 'good' | 'warn';
}

/**
 * What to say under a new passphrase while it is typed: the policy's own message, so the page and
 * the vault never disagree. Silent while empty.
 * @example passphraseFeedback('short').tone === 'warn'
 */
export function passphraseFeedback(passphrase: string): Feedback {
  if (passphrase.length === 0) return { text: '', tone: 'neutral' };
  const check = checkPassphrase(passphrase);
  if (check.ok) return { text: 'This passphrase meets the policy.', tone: 'good' };
  if (check.code === 'too_short') {
    const left = MIN_PASSPHRASE - [...passphrase].length;
    return { text: `${check.message} ${left} more to go.`, tone: 'warn' };
  }
  return { text: check.message, tone: 'warn' };
}

/** Problems with a new passphrase and its confirmation, by field; empty when both are fine. */
export function newPassphraseErrors(
  passphrase: string,
  confirm: string,
): { passphrase?: string; confirm?: string } {
  const check = checkPassphrase(passphrase);
  if (!check.ok) return { passphrase: check.message };
  if (confirm !== passphrase) return { confirm: 'The two passphrases are not the same. Type it again.' };
  return {};
}

export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,64}$/;

export function usernameError(username: string): string | undefined {
  if (username.trim().length === 0) return 'Enter a username.';
  if (!USERNAME_PATTERN.test(username))
    return 'Use 3 to 64 letters, digits, dots, dashes or underscores, with no spaces.';
  return undefined;
}
