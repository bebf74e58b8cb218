import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url.js';
import { CryptoError } from './errors.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('base64url', () => {
  it('matches the RFC 4648 §10 vectors, unpadded', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(toBase64Url(bytes(plain))).toBe(encoded);
      expect(fromBase64Url(encoded)).toEqual(bytes(plain));
    }
  });

  it('uses - and _ rather than + and /', () => {
    expect(toBase64Url(Uint8Array.of(0xfb, 0xff, 0xbf))).toBe('-_-_');
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        expect(fromBase64Url(toBase64Url(b))).toEqual(b);
      }),
    );
  });

  it.each([
    ['padding', 'Zg=='],
    ['standard alphabet', 'Zm+v'],
    ['whitespace', 'Zm9 v'],
    ['impossible length', 'Zm9vY'],
    ['non-zero trailing bits', 'Zh'],
    ['non-ASCII', 'Zm9é'],
  ])('rejects %s with invalid_input', (_label, input) => {
    expect(() => fromBase64Url(input)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });

  it('accepts exactly one spelling of each byte string', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(63), (b, at, to) => {
        const encoded = toBase64Url(b);
        const i = at % encoded.length;
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
        const changed = encoded.slice(0, i) + alphabet[to] + encoded.slice(i + 1);
        fc.pre(changed !== encoded);
        try {
          expect(fromBase64Url(changed)).not.toEqual(b);
        } catch (e) {
          expect(e).toBeInstanceOf(CryptoError);
        }
      }),
    );
  });
});
