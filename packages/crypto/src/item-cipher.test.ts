import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url.js';
import { CryptoError } from './errors.js';
import { decryptItem, encryptItem, type ItemHeader, itemAssociatedData } from './item-cipher.js';
import { generateItemsKey, unwrapKey } from './key-wrap.js';
import { sealEnvelope } from './sealed-envelope.js';

const KEY = Uint8Array.from({ length: 32 }, (_, i) => i);
const HEADER: ItemHeader = { id: 'item-1', type: 'journal', version: 3 };
const VALUE = { text: 'I am sorry. ✨', n: 1 };

const code = (c: CryptoError['code']) => expect.objectContaining({ name: 'CryptoError', code: c });

/** Split 'am1:<nonce>:<ct>' into bytes so tests can alter them. */
function parts(envelope: string): { prefix: string; nonce: Uint8Array; sealed: Uint8Array } {
  const [prefix, nonce, sealed] = envelope.split(':') as [string, string, string];
  return { prefix, nonce: fromBase64Url(nonce), sealed: fromBase64Url(sealed) };
}
function join(prefix: string, nonce: Uint8Array, sealed: Uint8Array): string {
  return `${prefix}:${toBase64Url(nonce)}:${toBase64Url(sealed)}`;
}

describe('item format', () => {
  it('still opens a ciphertext pinned when the format was defined', () => {
    // Made once with encryptItem(KEY, HEADER, VALUE). If this fails, the associated data or the
    // envelope changed shape and every stored item would become unreadable.
    const pinned =
      'am1:Or-ap7-AM-xxdqo6qD3rj9DDAQRiWC30:Xnzw5ji3EThTS5ymFGZh3Pt66S0LBElPiRk5Opxc6ukkqbD7uKhFiLsW_TkQeqdU';
    expect(decryptItem(KEY, HEADER, pinned)).toEqual(VALUE);
  });

  it("looks like 'am1:<24-byte nonce>:<ciphertext + 16-byte tag>'", () => {
    const envelope = encryptItem(KEY, HEADER, VALUE);
    expect(envelope).toMatch(/^am1:[A-Za-z0-9_-]{32}:[A-Za-z0-9_-]+$/);
    const { sealed } = parts(envelope);
    expect(sealed).toHaveLength(new TextEncoder().encode(JSON.stringify(VALUE)).length + 16);
  });

  it('uses a fresh nonce every time', () => {
    expect(parts(encryptItem(KEY, HEADER, VALUE)).nonce).not.toEqual(
      parts(encryptItem(KEY, HEADER, VALUE)).nonce,
    );
  });
});

describe('encryptItem / decryptItem', () => {
  it('round-trips any JSON value, unicode strings included', () => {
    const key = generateItemsKey();
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const envelope = encryptItem(key, HEADER, value);
        // The contract is JSON semantics: -0 comes back as 0, exactly as JSON.parse would give it.
        expect(decryptItem(key, HEADER, envelope)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('round-trips with any header', () => {
    const key = generateItemsKey();
    const header = fc.record({
      id: fc.string({ minLength: 1, unit: 'binary' }),
      type: fc.string({ minLength: 1 }),
      version: fc.nat(),
    });
    fc.assert(
      fc.property(header, fc.string({ unit: 'grapheme' }), (h, text) => {
        expect(decryptItem(key, h, encryptItem(key, h, { text }))).toEqual({ text });
      }),
    );
  });

  it.each([
    ['undefined', undefined],
    ['a function', () => 1],
    ['a BigInt', 10n],
  ])('refuses %s as a value', (_label, value) => {
    expect(() => encryptItem(KEY, HEADER, value)).toThrow(code('invalid_input'));
  });

  it.each<[string, ItemHeader]>([
    ['an empty id', { ...HEADER, id: '' }],
    ['an empty type', { ...HEADER, type: '' }],
    ['a negative version', { ...HEADER, version: -1 }],
    ['a fractional version', { ...HEADER, version: 1.5 }],
  ])('refuses a header with %s', (_label, header) => {
    expect(() => encryptItem(KEY, header, VALUE)).toThrow(code('invalid_input'));
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => encryptItem(new Uint8Array(16), HEADER, VALUE)).toThrow(code('invalid_input'));
  });
});

describe('tampering', () => {
  const envelope = encryptItem(KEY, HEADER, VALUE);
  const { prefix, nonce, sealed } = parts(envelope);

  it('fails for a flipped bit in every byte of the nonce', () => {
    for (let i = 0; i < nonce.length; i++) {
      const changed = nonce.slice();
      changed[i]! ^= 0x01;
      expect(() => decryptItem(KEY, HEADER, join(prefix, changed, sealed))).toThrow(code('decrypt_failed'));
    }
  });

  it('fails for a flipped bit in every byte of the ciphertext and tag', () => {
    for (let i = 0; i < sealed.length; i++) {
      const changed = sealed.slice();
      changed[i]! ^= 0x80;
      expect(() => decryptItem(KEY, HEADER, join(prefix, nonce, changed))).toThrow(code('decrypt_failed'));
    }
  });

  it('fails for any byte value written anywhere', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), (at, delta) => {
        const all = new Uint8Array([...nonce, ...sealed]);
        const i = at % all.length;
        all[i] = (all[i]! + delta) & 0xff;
        const altered = join(prefix, all.subarray(0, nonce.length), all.subarray(nonce.length));
        expect(() => decryptItem(KEY, HEADER, altered)).toThrow(code('decrypt_failed'));
      }),
    );
  });

  it('fails when any single character of the string is changed', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_:';
    fc.assert(
      fc.property(fc.integer({ min: 4, max: envelope.length - 1 }), fc.constantFrom(...alphabet), (i, c) => {
        fc.pre(envelope[i] !== c);
        const altered = envelope.slice(0, i) + c + envelope.slice(i + 1);
        expect(() => decryptItem(KEY, HEADER, altered)).toThrow(code('decrypt_failed'));
      }),
    );
  });

  it('fails for a truncated or extended ciphertext', () => {
    expect(() => decryptItem(KEY, HEADER, join(prefix, nonce, sealed.subarray(0, -1)))).toThrow(
      code('decrypt_failed'),
    );
    expect(() => decryptItem(KEY, HEADER, join(prefix, nonce, new Uint8Array([...sealed, 0])))).toThrow(
      code('decrypt_failed'),
    );
    expect(() => decryptItem(KEY, HEADER, `${prefix}:${toBase64Url(nonce)}`)).toThrow(code('decrypt_failed'));
    expect(() => decryptItem(KEY, HEADER, `${envelope}:extra`)).toThrow(code('decrypt_failed'));
  });

  it('fails when moved to another item id', () => {
    expect(() => decryptItem(KEY, { ...HEADER, id: 'item-2' }, envelope)).toThrow(code('decrypt_failed'));
  });

  it('fails when moved to another type', () => {
    expect(() => decryptItem(KEY, { ...HEADER, type: 'letter' }, envelope)).toThrow(code('decrypt_failed'));
  });

  it('fails when moved to another version, older or newer', () => {
    expect(() => decryptItem(KEY, { ...HEADER, version: 2 }, envelope)).toThrow(code('decrypt_failed'));
    expect(() => decryptItem(KEY, { ...HEADER, version: 4 }, envelope)).toThrow(code('decrypt_failed'));
  });

  it('fails when characters are shifted between id and type', () => {
    const header = { id: 'a', type: 'bc', version: 1 };
    const shifted = { id: 'ab', type: 'c', version: 1 };
    expect(() => decryptItem(KEY, shifted, encryptItem(KEY, header, VALUE))).toThrow(code('decrypt_failed'));
  });

  it('fails with the wrong key', () => {
    expect(() => decryptItem(generateItemsKey(), HEADER, envelope)).toThrow(code('decrypt_failed'));
  });

  it.each(['am0', 'am2', 'AM1', 'amk1', '', 'x'])(
    "refuses the prefix '%s' as unsupported_version",
    (other) => {
      expect(() => decryptItem(KEY, HEADER, join(other, nonce, sealed))).toThrow(code('unsupported_version'));
    },
  );

  it('refuses strings with no prefix at all', () => {
    expect(() => decryptItem(KEY, HEADER, 'garbage')).toThrow(code('unsupported_version'));
  });

  it('binds the protocol version: a body sealed for another version does not open as am1', () => {
    // What a future 'am2' encoder would produce; relabelling it 'am1' must not authenticate.
    const forAm2 = sealEnvelope(
      KEY,
      'am1',
      itemAssociatedData('am2', HEADER),
      new TextEncoder().encode('{}'),
    );
    expect(() => decryptItem(KEY, HEADER, forAm2)).toThrow(code('decrypt_failed'));
  });

  it('cannot be opened as a wrapped key', () => {
    const asWrapped = envelope.replace(/^am1:/, 'amk1:');
    expect(() => unwrapKey(KEY, asWrapped, 'items-key:passphrase')).toThrow(code('decrypt_failed'));
  });
});
