// Known-answer tests for the primitives this package relies on. If a dependency upgrade changes
// any of these outputs, existing ciphertexts would stop opening; these catch that first.
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { extract, hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';

describe('Argon2id (hash-wasm)', () => {
  // RFC 9106 §5.3's Argon2id vector needs a secret *and* associated data; hash-wasm has no way to
  // pass associated data, so it cannot express that vector. These come from the reference
  // implementation's own test suite instead: P-H-C/phc-winner-argon2, src/test.c, the Argon2id
  // cases for version 0x13 (password "password", salt "somesalt", 32-byte output).
  const cases = [
    {
      t: 2,
      mKiB: 256,
      p: 1,
      hex: '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe',
    },
    {
      t: 2,
      mKiB: 256,
      p: 2,
      hex: '6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037',
    },
    // The one case at our production memory size (2^16 KiB), so the 64 MiB path is covered too.
    {
      t: 2,
      mKiB: 65536,
      p: 1,
      hex: '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7',
    },
  ];

  for (const { t, mKiB, p, hex } of cases) {
    it(`matches the reference implementation for t=${t}, m=${mKiB} KiB, p=${p}`, async () => {
      const out = await argon2id({
        password: 'password',
        salt: 'somesalt',
        iterations: t,
        memorySize: mKiB,
        parallelism: p,
        hashLength: 32,
        outputType: 'hex',
      });
      expect(out).toBe(hex);
    });
  }
});

describe('XChaCha20-Poly1305 (@noble/ciphers)', () => {
  // draft-irtf-cfrg-xchacha-03, Appendix A.3.1.
  const key = hexToBytes('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
  const nonce = hexToBytes('404142434445464748494a4b4c4d4e4f5051525354555657');
  const aad = hexToBytes('50515253c0c1c2c3c4c5c6c7');
  const plaintext = new TextEncoder().encode(
    "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
  );
  const ciphertext =
    'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb' +
    '731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452' +
    '2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9' +
    '21f9664c97637da9768812f615c68b13b52e';
  const tag = 'c0875924c1c7987947deafd8780acf49';

  it('encrypts to the draft ciphertext and tag', () => {
    const sealed = xchacha20poly1305(key, nonce, aad).encrypt(plaintext);
    expect(bytesToHex(sealed)).toBe(ciphertext + tag);
  });

  it('decrypts the draft ciphertext', () => {
    const opened = xchacha20poly1305(key, nonce, aad).decrypt(hexToBytes(ciphertext + tag));
    expect(opened).toEqual(plaintext);
  });
});

describe('HKDF-SHA256 (@noble/hashes)', () => {
  // RFC 5869, Appendix A.1 (test case 1).
  const ikm = hexToBytes('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b');
  const salt = hexToBytes('000102030405060708090a0b0c');
  const info = hexToBytes('f0f1f2f3f4f5f6f7f8f9');

  it('extracts the RFC PRK', () => {
    expect(bytesToHex(extract(sha256, ikm, salt))).toBe(
      '077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5',
    );
  });

  it('expands to the RFC OKM', () => {
    expect(bytesToHex(hkdf(sha256, ikm, salt, info, 42))).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    );
  });
});
