import { describe, expect, it } from 'vitest';
import { bech32mChecksum, hasValidBech32mChecksum } from './bech32m-checksum.js';

// Bech32's own alphabet, used here only to read the published vectors.
const BECH32_ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const symbols = (s: string) => [...s].map((c) => BECH32_ALPHABET.indexOf(c));

describe('bech32m checksum', () => {
  // Valid Bech32m strings from BIP 350's test vectors: '<prefix>1<data><6 checksum chars>'.
  const vectors = [
    { prefix: 'a', data: '', checksum: 'lqfn3a' },
    { prefix: 'abcdef', data: 'l7aum6echk45nj3s0wdvt2fg8x9yrzpq', checksum: 'zd3ryx' },
    { prefix: '1', data: 'l'.repeat(82), checksum: 'ludsr8' },
    { prefix: 'split', data: 'checkupstagehandshakeupstreamerranterredcaperred', checksum: 'lc445v' },
  ];

  for (const { prefix, data, checksum } of vectors) {
    it(`matches BIP 350 for prefix '${prefix}'`, () => {
      expect(bech32mChecksum(prefix, symbols(data))).toEqual(symbols(checksum));
      expect(hasValidBech32mChecksum(prefix, symbols(data + checksum))).toBe(true);
    });
  }

  it('rejects a changed prefix, a changed symbol and a too-short input', () => {
    const data = symbols('checkupstagehandshakeupstreamerranterredcaperredlc445v');
    expect(hasValidBech32mChecksum('splat', data)).toBe(false);
    expect(hasValidBech32mChecksum('split', [data[0]! ^ 1, ...data.slice(1)])).toBe(false);
    expect(hasValidBech32mChecksum('a', [1, 2, 3])).toBe(false);
  });
});
