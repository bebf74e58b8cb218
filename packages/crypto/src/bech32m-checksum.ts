/**
 * The Bech32m checksum (BIP 173 polymod with the BIP 350 constant) over 5-bit symbols.
 *
 * It is a BCH code over GF(32): for up to 89 symbols it is guaranteed to catch any error in up to
 * four characters — every single typo and every swap of two characters — and misses other errors
 * with probability about 1 in 10^9. We borrow the code, not Bech32's alphabet or layout.
 */
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3] as const;
const BECH32M_CONST = 0x2bc830a3;
export const CHECKSUM_SYMBOLS = 6;

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) {
      if ((top >>> i) & 1) chk ^= GENERATOR[i]!;
    }
  }
  return chk;
}

// The human-readable prefix is folded into the checksum, as in BIP 173, so a key cannot be
// re-labelled as another kind of code.
function expandPrefix(prefix: string): number[] {
  const codes = [...prefix].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31)];
}

/** The six checksum symbols for `data` under `prefix`. */
export function bech32mChecksum(prefix: string, data: readonly number[]): number[] {
  const mod = polymod([...expandPrefix(prefix), ...data, 0, 0, 0, 0, 0, 0]) ^ BECH32M_CONST;
  return Array.from({ length: CHECKSUM_SYMBOLS }, (_, i) => (mod >>> (5 * (CHECKSUM_SYMBOLS - 1 - i))) & 31);
}

/** True if `symbols` is data followed by its valid checksum under `prefix`. */
export function hasValidBech32mChecksum(prefix: string, symbols: readonly number[]): boolean {
  return (
    symbols.length >= CHECKSUM_SYMBOLS && polymod([...expandPrefix(prefix), ...symbols]) === BECH32M_CONST
  );
}
