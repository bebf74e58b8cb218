import { bech32mChecksum, CHECKSUM_SYMBOLS, hasValidBech32mChecksum } from './bech32m-checksum.js';
import { bytesToSymbols, charToSymbol, symbolsToBytes, symbolToChar } from './crockford-base32.js';
import { CryptoError } from './errors.js';
import { randomBytes } from './random.js';
import { wipe } from './wipe.js';

/*
 * Layout: 'AMND-' + 13 groups of 4 data characters + '-' + a 6-character checksum group, e.g.
 *   AMND-7ZQ4-…-K3P0-XR2M4T
 * 32 bytes are 52 base32 characters (the last carries 4 zero padding bits). 52 splits evenly into
 * groups of 4, not 5, so the key reads in groups of 4 and the checksum stands apart as its own group.
 */
const PREFIX = 'AMND';
const KEY_BYTES = 32;
const DATA_SYMBOLS = 52;
const GROUP = 4;

/** Recovery key: 32 random bytes shown to the user as groups of Crockford base32 with a trailing checksum group. */
export function generateRecoveryKey(): string {
  const key = randomBytes(KEY_BYTES);
  try {
    return formatRecoveryKey(key);
  } finally {
    wipe(key);
  }
}

/** Spell 32 key bytes in the recovery key layout (exported for tests; use generateRecoveryKey). */
export function formatRecoveryKey(key: Uint8Array): string {
  if (key.length !== KEY_BYTES) throw new CryptoError('invalid_input', 'recovery key must be 32 bytes');
  const data = bytesToSymbols(key);
  const checksum = bech32mChecksum(PREFIX, data);
  const groups: string[] = [PREFIX];
  for (let i = 0; i < data.length; i += GROUP) {
    groups.push(
      data
        .slice(i, i + GROUP)
        .map(symbolToChar)
        .join(''),
    );
  }
  groups.push(checksum.map(symbolToChar).join(''));
  data.fill(0);
  return groups.join('-');
}

/**
 * Read a recovery key back into its 32 bytes; throws CryptoError('invalid_recovery_key').
 *
 * Tolerant of how people copy and type: any case, spaces, line breaks and dashes anywhere, I/L for 1,
 * O for 0, and the 'AMND' prefix may be left off. The checksum then catches any remaining typo, so
 * the user hears "check the key" instead of a decrypt failure.
 */
export function parseRecoveryKey(text: string): Uint8Array {
  if (typeof text !== 'string') throw invalid();
  // NFKC turns full-width and other compatibility forms into ASCII; then drop every separator,
  // including the Unicode dashes that word processors substitute for '-'.
  let compact = text
    .normalize('NFKC')
    .replace(/[\s\-\u2010-\u2015\u2212_.]/gu, '')
    .toUpperCase();
  const bodyLength = DATA_SYMBOLS + CHECKSUM_SYMBOLS;
  if (compact.length === PREFIX.length + bodyLength && compact.startsWith(PREFIX)) {
    compact = compact.slice(PREFIX.length);
  }
  if (compact.length !== bodyLength) throw invalid();

  const symbols: number[] = [];
  for (const char of compact) {
    const symbol = charToSymbol(char);
    if (symbol === undefined) throw invalid();
    symbols.push(symbol);
  }
  if (!hasValidBech32mChecksum(PREFIX, symbols)) throw invalid();
  const key = symbolsToBytes(symbols.slice(0, DATA_SYMBOLS), KEY_BYTES);
  symbols.fill(0);
  if (key === undefined) throw invalid();
  return key;
}

function invalid(): CryptoError {
  return new CryptoError('invalid_recovery_key', 'this is not a valid recovery key; check it for typos');
}
