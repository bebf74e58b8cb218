import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bech32mChecksum } from './bech32m-checksum.js';
import { symbolToChar } from './crockford-base32.js';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from './recovery-key.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SHAPE = /^AMND(-[0-9A-HJKMNP-TV-Z]{4}){13}-[0-9A-HJKMNP-TV-Z]{6}$/;
const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
const invalid = expect.objectContaining({ name: 'CryptoError', code: 'invalid_recovery_key' });

/** Positions of key and checksum characters in the formatted string (skipping 'AMND' and dashes). */
function symbolPositions(formatted: string): number[] {
  return [...formatted].flatMap((c, i) => (i >= 5 && c !== '-' ? [i] : []));
}

describe('generateRecoveryKey', () => {
  it("reads as 'AMND-' + 13 groups of 4 + a 6-character checksum group", () => {
    const key = generateRecoveryKey();
    expect(key).toMatch(SHAPE);
    expect(parseRecoveryKey(key)).toHaveLength(32);
    expect(generateRecoveryKey()).not.toBe(key);
  });

  it('round-trips through parseRecoveryKey', () => {
    for (let i = 0; i < 50; i++) {
      const key = generateRecoveryKey();
      expect(formatRecoveryKey(parseRecoveryKey(key))).toBe(key);
    }
  });
});

describe('parseRecoveryKey', () => {
  it('round-trips any 32 bytes', () => {
    fc.assert(
      fc.property(bytes32, (bytes) => {
        const formatted = formatRecoveryKey(bytes);
        expect(formatted).toMatch(SHAPE);
        expect(parseRecoveryKey(formatted)).toEqual(bytes);
      }),
    );
  });

  it('tolerates case, spacing, dashes, a missing prefix and look-alike letters', () => {
    // Each option is something a person plausibly does when copying or typing the key.
    const retype = fc.record({
      lower: fc.boolean(),
      separator: fc.constantFrom('-', ' ', '', '  ', '\n', '\u2013', ' - '),
      dropPrefix: fc.boolean(),
      lookAlikes: fc.boolean(),
      padding: fc.constantFrom('', ' ', '\n', '\t '),
    });
    fc.assert(
      fc.property(bytes32, retype, (bytes, how) => {
        const [prefix, ...spelled] = formatRecoveryKey(bytes).split('-');
        let groups = spelled;
        if (how.lookAlikes) groups = groups.map((g) => g.replaceAll('1', 'I').replaceAll('0', 'O'));
        let text = (how.dropPrefix ? groups : [prefix, ...groups]).join(how.separator);
        if (how.lower) text = text.toLowerCase();
        expect(parseRecoveryKey(how.padding + text + how.padding)).toEqual(bytes);
      }),
    );
  });

  it('reads lower-case l as 1 and full-width characters as ASCII', () => {
    const bytes = new Uint8Array(32).fill(0x08); // spells plenty of 1s
    const formatted = formatRecoveryKey(bytes);
    expect(formatted).toContain('1');
    expect(parseRecoveryKey(formatted.replaceAll('1', 'l'))).toEqual(bytes);
    const fullWidth = [...formatted].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    expect(parseRecoveryKey(fullWidth)).toEqual(bytes);
  });

  it('catches every one-character typo with the checksum', () => {
    // Exhaustive for one key: every position, every other character.
    const formatted = formatRecoveryKey(Uint8Array.from({ length: 32 }, (_, i) => i * 7));
    for (const i of symbolPositions(formatted)) {
      for (const c of CROCKFORD) {
        if (c === formatted[i]) continue;
        const typo = formatted.slice(0, i) + c + formatted.slice(i + 1);
        expect(() => parseRecoveryKey(typo)).toThrow(invalid);
      }
    }
  });

  it('catches a one-character typo in any key', () => {
    fc.assert(
      fc.property(bytes32, fc.nat(), fc.constantFrom(...CROCKFORD), (bytes, at, c) => {
        const formatted = formatRecoveryKey(bytes);
        const positions = symbolPositions(formatted);
        const i = positions[at % positions.length]!;
        fc.pre(formatted[i] !== c);
        expect(() => parseRecoveryKey(formatted.slice(0, i) + c + formatted.slice(i + 1))).toThrow(invalid);
      }),
    );
  });

  it('catches two neighbouring characters swapped', () => {
    fc.assert(
      fc.property(bytes32, fc.nat(), (bytes, at) => {
        const compact = formatRecoveryKey(bytes).slice(5).replaceAll('-', '');
        const i = at % (compact.length - 1);
        fc.pre(compact[i] !== compact[i + 1]);
        const swapped = compact.slice(0, i) + compact[i + 1] + compact[i] + compact.slice(i + 2);
        expect(() => parseRecoveryKey(swapped)).toThrow(invalid);
      }),
    );
  });

  it('catches a dropped or doubled character', () => {
    const formatted = formatRecoveryKey(new Uint8Array(32).fill(0x5a));
    expect(() => parseRecoveryKey(formatted.slice(0, -1))).toThrow(invalid);
    expect(() => parseRecoveryKey(formatted + formatted.at(-1))).toThrow(invalid);
  });

  it('refuses padding bits that are not zero, even with a matching checksum', () => {
    // 32 bytes leave 4 spare bits in the last of 52 symbols; only one spelling per key is accepted.
    const data = Array.from({ length: 52 }, () => 0);
    data[51] = 1;
    const text = [...data, ...bech32mChecksum('AMND', data)].map(symbolToChar).join('');
    expect(() => parseRecoveryKey(text)).toThrow(invalid);
  });

  it.each([
    ['empty', ''],
    ['a wrong prefix', formatRecoveryKey(new Uint8Array(32)).replace('AMND', 'AMNE')],
    ['the letter U', formatRecoveryKey(new Uint8Array(32)).replace(/-0/, '-U')],
    ['a symbol', formatRecoveryKey(new Uint8Array(32)).replace(/-0/, '-*')],
    ['not a string', 42 as unknown as string],
  ])('refuses %s', (_label, text) => {
    expect(() => parseRecoveryKey(text)).toThrow(invalid);
  });
});
