/**
 * Crockford base32 (https://www.crockford.com/base32.html): digits and capitals without I, L, O
 * and U, so nothing a person reads aloud or copies by hand is ambiguous.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const DECODE = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
// Crockford's decoding rules: letters a person may write for a digit are read as that digit.
DECODE.set('I', 1);
DECODE.set('L', 1);
DECODE.set('O', 0);

/** The Crockford character for a 5-bit value. */
export function symbolToChar(symbol: number): string {
  return ALPHABET[symbol]!;
}

/** The 5-bit value of a character (case-insensitive, I/L read as 1, O as 0), or undefined. */
export function charToSymbol(char: string): number | undefined {
  return DECODE.get(char.toUpperCase());
}

/** Split bytes into 5-bit symbols, most significant bit first, zero-padding the last symbol. */
export function bytesToSymbols(bytes: Uint8Array): number[] {
  const symbols: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = ((acc << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      symbols.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) symbols.push((acc << (5 - bits)) & 31);
  return symbols;
}

/**
 * Join 5-bit symbols back into `byteLength` bytes. Returns undefined if the count is wrong or the
 * padding bits are not zero, so each byte string has exactly one spelling.
 */
export function symbolsToBytes(symbols: readonly number[], byteLength: number): Uint8Array | undefined {
  if (symbols.length !== Math.ceil((byteLength * 8) / 5)) return undefined;
  const out = new Uint8Array(byteLength);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const symbol of symbols) {
    acc = ((acc << 5) | symbol) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return (acc & ((1 << bits) - 1)) === 0 ? out : undefined;
}
