import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url.js';
import { CryptoError } from './errors.js';
import { encodeAssociatedData } from './associated-data.js';
import { generateItemsKey, unwrapKey, wrapAssociatedData, wrapKey } from './key-wrap.js';
import { sealEnvelope } from './sealed-envelope.js';

const KEK = Uint8Array.from({ length: 32 }, (_, i) => i);
const ITEMS_KEY = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
const PASSPHRASE = 'items-key:passphrase';
const RECOVERY = 'items-key:recovery';

const code = (c: CryptoError['code']) => expect.objectContaining({ name: 'CryptoError', code: c });

describe('generateItemsKey', () => {
  it('makes distinct 32-byte keys', () => {
    const a = generateItemsKey();
    expect(a).toHaveLength(32);
    expect(generateItemsKey()).not.toEqual(a);
  });
});

describe('wrapKey / unwrapKey', () => {
  it('still opens a wrapped key pinned when the format was defined', () => {
    // Made once with wrapKey(KEK, ITEMS_KEY, PASSPHRASE); guards the format against silent drift.
    const pinned =
      'amk1:NryzZWJjNik0jVOClITDhIpIgqQsW2xB:XVlVf_BZZlgtiJRSLuM1zaWdW9VD0BHiOqazV8BafWmFZuqaGc8fth4tQ4nKrijA';
    expect(unwrapKey(KEK, pinned, PASSPHRASE)).toEqual(ITEMS_KEY);
  });

  it('round-trips any key under any key-encryption key and purpose', () => {
    const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
    fc.assert(
      fc.property(bytes32, bytes32, fc.string({ minLength: 1 }), (kek, key, purpose) => {
        const wrapped = wrapKey(kek, key, purpose);
        expect(wrapped).toMatch(/^amk1:[A-Za-z0-9_-]{32}:[A-Za-z0-9_-]{64}$/);
        expect(unwrapKey(kek, wrapped, purpose)).toEqual(key);
      }),
    );
  });

  it('fails with the wrong purpose', () => {
    const wrapped = wrapKey(KEK, ITEMS_KEY, RECOVERY);
    expect(() => unwrapKey(KEK, wrapped, PASSPHRASE)).toThrow(code('decrypt_failed'));
  });

  it('fails with the wrong key-encryption key', () => {
    const wrapped = wrapKey(KEK, ITEMS_KEY, PASSPHRASE);
    expect(() => unwrapKey(generateItemsKey(), wrapped, PASSPHRASE)).toThrow(code('decrypt_failed'));
  });

  it('fails for a flipped bit in every byte of nonce, ciphertext and tag', () => {
    const [prefix, nonce, sealed] = wrapKey(KEK, ITEMS_KEY, PASSPHRASE).split(':') as [
      string,
      string,
      string,
    ];
    const all = new Uint8Array([...fromBase64Url(nonce), ...fromBase64Url(sealed)]);
    for (let i = 0; i < all.length; i++) {
      const changed = all.slice();
      changed[i]! ^= 0x04;
      const altered = `${prefix}:${toBase64Url(changed.subarray(0, 24))}:${toBase64Url(changed.subarray(24))}`;
      expect(() => unwrapKey(KEK, altered, PASSPHRASE)).toThrow(code('decrypt_failed'));
    }
  });

  it('fails for malformed bodies', () => {
    expect(() => unwrapKey(KEK, 'amk1:', PASSPHRASE)).toThrow(code('decrypt_failed'));
    expect(() => unwrapKey(KEK, 'amk1:!!:!!', PASSPHRASE)).toThrow(code('decrypt_failed'));
  });

  it.each(['amk0', 'amk2', 'am1', ''])("refuses the prefix '%s' as unsupported_version", (other) => {
    const wrapped = wrapKey(KEK, ITEMS_KEY, PASSPHRASE).replace(/^amk1/, other);
    expect(() => unwrapKey(KEK, wrapped, PASSPHRASE)).toThrow(code('unsupported_version'));
  });

  it('binds its domain: an item-shaped body under the same key does not unwrap', () => {
    const itemAd = encodeAssociatedData(['amends/item', 'amk1', PASSPHRASE]);
    const forged = sealEnvelope(KEK, 'amk1', itemAd, ITEMS_KEY);
    expect(() => unwrapKey(KEK, forged, PASSPHRASE)).toThrow(code('decrypt_failed'));
    // Control: the same call with the real associated data does open.
    expect(
      unwrapKey(
        KEK,
        sealEnvelope(KEK, 'amk1', wrapAssociatedData('amk1', PASSPHRASE), ITEMS_KEY),
        PASSPHRASE,
      ),
    ).toEqual(ITEMS_KEY);
  });

  it('never hands out a key of the wrong size, even if sealed by hand', () => {
    const short = sealEnvelope(KEK, 'amk1', wrapAssociatedData('amk1', PASSPHRASE), new Uint8Array(16));
    expect(() => unwrapKey(KEK, short, PASSPHRASE)).toThrow(code('decrypt_failed'));
  });

  it('refuses bad arguments', () => {
    expect(() => wrapKey(KEK, new Uint8Array(31), PASSPHRASE)).toThrow(code('invalid_input'));
    expect(() => wrapKey(new Uint8Array(31), ITEMS_KEY, PASSPHRASE)).toThrow(code('invalid_input'));
    expect(() => wrapKey(KEK, ITEMS_KEY, '')).toThrow(code('invalid_input'));
  });
});
