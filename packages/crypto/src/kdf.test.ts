import { describe, expect, it } from 'vitest';
import { toBase64Url } from './base64url.js';
import { deriveKeys, type KdfParams, PRODUCTION_KDF, TEST_KDF } from './kdf.js';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const SALT = toBase64Url(Uint8Array.from({ length: 16 }, (_, i) => i)); // 'AAECAwQFBgcICQoLDA0ODw'

describe('deriveKeys', () => {
  it('matches the pinned output for TEST_KDF', async () => {
    // Computed once and pinned: if this changes, every existing account stops unlocking.
    const keys = await deriveKeys('correct horse battery staple', SALT, TEST_KDF);
    expect(hex(keys.masterKey)).toBe('6a6638f940c669cb0bd256e1fa95d3d3d065aef9d1481c4df3ae5d6cdd412360');
    expect(keys.loginVerifier).toBe('ul3QhEvshRKNsgGlMau6MQcqY5_DY4soeuAwdWDnHVw');
  });

  it('splits one Argon2id output: the verifier reveals nothing the master key is made of', async () => {
    const keys = await deriveKeys('correct horse battery staple', SALT, TEST_KDF);
    expect(keys.masterKey).toHaveLength(32);
    expect(keys.loginVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(keys.loginVerifier).not.toBe(toBase64Url(keys.masterKey));
  });

  it('treats composed and decomposed accents as the same passphrase (NFC)', async () => {
    const composed = await deriveKeys('Caf\u00e9 au lait', SALT, TEST_KDF);
    const decomposed = await deriveKeys('Cafe\u0301 au lait', SALT, TEST_KDF);
    expect(decomposed.masterKey).toEqual(composed.masterKey);
    expect(decomposed.loginVerifier).toBe(composed.loginVerifier);
  });

  it('changes with the passphrase, the salt and the parameters', async () => {
    const base = await deriveKeys('correct horse battery staple', SALT, TEST_KDF);
    const otherPass = await deriveKeys('correct horse battery stapler', SALT, TEST_KDF);
    const otherSalt = await deriveKeys(
      'correct horse battery staple',
      toBase64Url(new Uint8Array(16)),
      TEST_KDF,
    );
    const otherCost = await deriveKeys('correct horse battery staple', SALT, { ...TEST_KDF, iterations: 2 });
    for (const other of [otherPass, otherSalt, otherCost]) {
      expect(other.masterKey).not.toEqual(base.masterKey);
      expect(other.loginVerifier).not.toBe(base.loginVerifier);
    }
  });

  it.each<[string, string, string, KdfParams]>([
    ['an empty passphrase', '', SALT, TEST_KDF],
    ['a salt that is not base64url', 'pass', 'not base64!', TEST_KDF],
    ['a salt shorter than 16 bytes', 'pass', toBase64Url(new Uint8Array(8)), TEST_KDF],
    ['another algorithm', 'pass', SALT, { ...TEST_KDF, algorithm: 'scrypt' as 'argon2id' }],
    ['zero iterations', 'pass', SALT, { ...TEST_KDF, iterations: 0 }],
    ['too little memory', 'pass', SALT, { ...TEST_KDF, memoryKiB: 4 }],
    ['absurd memory from a hostile server', 'pass', SALT, { ...TEST_KDF, memoryKiB: 2 ** 40 }],
    ['fractional parallelism', 'pass', SALT, { ...TEST_KDF, parallelism: 1.5 }],
  ])('rejects %s with invalid_input', async (_label, passphrase, salt, params) => {
    await expect(deriveKeys(passphrase, salt, params)).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('runs at PRODUCTION_KDF cost', { timeout: 60_000 }, async () => {
    const started = performance.now();
    const keys = await deriveKeys('correct horse battery staple', SALT, PRODUCTION_KDF);
    const elapsedMs = performance.now() - started;
    expect(keys.masterKey).toHaveLength(32);
    expect(keys.masterKey).not.toEqual(
      (await deriveKeys('correct horse battery staple', SALT, TEST_KDF)).masterKey,
    );
    // Informational: the budget (1.5 s) is for headless Chromium; CI machines vary too much to assert it.
    console.info(`PRODUCTION_KDF deriveKeys took ${Math.round(elapsedMs)} ms`);
  });
});

describe('KDF parameter sets', () => {
  it('pins PRODUCTION_KDF: raising it is fine, lowering it silently is not', () => {
    expect(PRODUCTION_KDF).toEqual({
      algorithm: 'argon2id',
      memoryKiB: 65536,
      iterations: 3,
      parallelism: 1,
    });
    expect(TEST_KDF).toEqual({ algorithm: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 });
  });

  it('cannot be changed at runtime', () => {
    expect(Object.isFrozen(PRODUCTION_KDF)).toBe(true);
    expect(Object.isFrozen(TEST_KDF)).toBe(true);
  });
});
