import { describe, expect, it } from 'vitest';
import { toBase64Url } from './base64url.js';
import { generateItemsKey, unwrapKey, wrapKey } from './key-wrap.js';
import { deriveRecoveryKeys } from './recovery-derivation.js';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key.js';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('deriveRecoveryKeys', () => {
  it('matches the pinned output', () => {
    // Computed once and pinned: if this changes, no existing recovery key would work any more.
    const { kek, verifier } = deriveRecoveryKeys(Uint8Array.from({ length: 32 }, (_, i) => 0xa0 + i));
    expect(hex(kek)).toBe('9073c8adc2ea8e16932a3d717d2ed90a6b071cc6b768675ba1458ff5c71a57d6');
    expect(verifier).toBe('TeLSf9J2qLqHAChEKkXjNxFi4z4Je-UHXVvvGxKXt6c');
  });

  it('gives a verifier unrelated to the key-encryption key', () => {
    const { kek, verifier } = deriveRecoveryKeys(parseRecoveryKey(generateRecoveryKey()));
    expect(kek).toHaveLength(32);
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifier).not.toBe(toBase64Url(kek));
  });

  it('is deterministic per key and differs between keys', () => {
    const key = parseRecoveryKey(generateRecoveryKey());
    expect(deriveRecoveryKeys(key)).toEqual(deriveRecoveryKeys(key));
    expect(deriveRecoveryKeys(parseRecoveryKey(generateRecoveryKey())).verifier).not.toBe(
      deriveRecoveryKeys(key).verifier,
    );
  });

  it('recovers the items key from the key as the user types it back', () => {
    const shown = generateRecoveryKey();
    const itemsKey = generateItemsKey();
    const wrapped = wrapKey(deriveRecoveryKeys(parseRecoveryKey(shown)).kek, itemsKey, 'items-key:recovery');
    const typed = shown.toLowerCase().replaceAll('-', ' ');
    expect(unwrapKey(deriveRecoveryKeys(parseRecoveryKey(typed)).kek, wrapped, 'items-key:recovery')).toEqual(
      itemsKey,
    );
  });

  it('refuses input that is not 32 bytes', () => {
    expect(() => deriveRecoveryKeys(new Uint8Array(16))).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
