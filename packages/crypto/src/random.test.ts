import { describe, expect, it } from 'vitest';
import { fromBase64Url } from './base64url.js';
import { generateSalt } from './kdf.js';
import { randomBytes } from './random.js';
import { wipe } from './wipe.js';

describe('randomBytes', () => {
  it('returns the requested length, beyond the 64 KiB getRandomValues limit too', () => {
    expect(randomBytes(0)).toHaveLength(0);
    expect(randomBytes(32)).toHaveLength(32);
    const big = randomBytes(65536 * 2 + 7);
    expect(big).toHaveLength(65536 * 2 + 7);
    // The tail chunk must be filled as well (all-zero 1 KiB from a CSPRNG would be a bug).
    expect(big.subarray(-1024).some((x) => x !== 0)).toBe(true);
  });

  it('does not repeat itself', () => {
    expect(randomBytes(32)).not.toEqual(randomBytes(32));
  });

  it.each([-1, 1.5, Number.NaN])('rejects %s', (n) => {
    expect(() => randomBytes(n)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});

describe('generateSalt', () => {
  it('is 16 random bytes in base64url', () => {
    const salt = generateSalt();
    expect(salt).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(fromBase64Url(salt)).toHaveLength(16);
    expect(generateSalt()).not.toBe(salt);
  });
});

describe('wipe', () => {
  it('zeroes the buffer in place', () => {
    const key = randomBytes(32);
    key[0] = 1;
    wipe(key);
    expect(key).toEqual(new Uint8Array(32));
  });
});
