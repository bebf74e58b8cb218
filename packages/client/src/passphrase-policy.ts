import { COMMON_PASSPHRASES } from './common-passphrases.js';

export const MIN_PASSPHRASE = 12;
/** Well above anything a person types; Argon2id takes any length, so this only bounds abuse. */
export const MAX_PASSPHRASE = 1024;

export type PassphraseProblem = 'too_short' | 'too_long' | 'common';

export type PassphraseCheck = { ok: true } | { ok: false; code: PassphraseProblem; message: string };

const common = new Set(COMMON_PASSPHRASES);
const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** One character repeated, or a run along the digits or the alphabet. */
function isTrivial(text: string): boolean {
  if (new Set(text).size <= 2) return true;
  const steps = new Set<number>();
  for (let i = 1; i < text.length; i++) steps.add(text.charCodeAt(i) - text.charCodeAt(i - 1));
  return steps.size === 1;
}

/**
 * NIST SP 800-63B style: a minimum length, no composition rules, and a refusal of passphrases
 * everyone tries first. Length counts code points, so emoji and accents count once each.
 * @example checkPassphrase('correct horse battery staple').ok === false
 */
export function checkPassphrase(passphrase: string): PassphraseCheck {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE) {
    return {
      ok: false,
      code: 'too_short',
      message: `Use at least ${MIN_PASSPHRASE} characters. A few words work well.`,
    };
  }
  if (length > MAX_PASSPHRASE) {
    return { ok: false, code: 'too_long', message: `Use at most ${MAX_PASSPHRASE} characters.` };
  }
  const plain = normalize(passphrase);
  if (common.has(plain) || isTrivial(plain)) {
    return {
      ok: false,
      code: 'common',
      message:
        'That passphrase is one of the first that people guess. Choose something only you would think of.',
    };
  }
  return { ok: true };
}
