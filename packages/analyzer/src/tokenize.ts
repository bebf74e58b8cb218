// A small hand-written tokenizer: words (with contractions expanded) and the punctuation that
// matters for structure. Offsets are UTF-16 code units into the original text, so spans are exact.
import { expandWord } from './contractions.js';

/** What sits between the previous word and this one. Sentence beats clause beats nothing. */
export type Break = 0 | 1 | 2;
export const NO_BREAK: Break = 0;
export const CLAUSE_BREAK: Break = 1;
export const SENTENCE_BREAK: Break = 2;

export interface Token {
  /** Lowercased, apostrophes straightened, contraction expanded ("I'm" gives "i", "am"). */
  w: string;
  /** A second reading of the same word, when it is ambiguous ("'d" is "would" or "had"). */
  alt?: string;
  start: number;
  end: number;
  /** The strongest boundary between the previous token and this one. */
  brk: Break;
  /** Inside quotation marks. */
  quoted: boolean;
  /** The sentence this token ends is a question (set on the last token before a "?"). */
  question: boolean;
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return WORD_RE.test(text.slice(i, i + 2));
    return false;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return WORD_RE.test(text[i]!);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x02bc;
}

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordCode(text, i, text.charCodeAt(i));
}

const NEEDS_NORMALIZING = /[^a-z0-9']/;

/** Lowercase and straighten apostrophes without changing the length (else keep the case). */
function normalizeWord(raw: string): string {
  if (!NEEDS_NORMALIZING.test(raw)) return raw;
  const out = raw.toLowerCase().replace(/[\u2019\u02bc]/g, "'");
  return out.length === raw.length ? out : raw.replace(/[\u2019\u02bc]/g, "'");
}

/** Split text into word tokens carrying sentence/clause breaks, quote state and question marks. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let brk: Break = SENTENCE_BREAK;
  let quoted = false;
  let i = 0;
  const raise = (b: Break): void => {
    if (b > brk) brk = b;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(text, i, c)) {
      const start = i;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordCode(text, i, d)) i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        else if (isApostrophe(d) && isWordAt(text, i + 1)) i += 1;
        else if (d === 46 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) i += 1;
        else break;
      }
      const raw = text.slice(start, i);
      const norm = normalizeWord(raw);
      const parts = norm.length === raw.length ? expandWord(norm) : [{ w: norm, len: raw.length }];
      let at = start;
      for (const part of parts) {
        const tok: Token = {
          w: part.w,
          start: at,
          end: at + part.len,
          brk,
          quoted,
          question: false,
        };
        if (part.alt !== undefined) tok.alt = part.alt;
        tokens.push(tok);
        at += part.len;
        brk = NO_BREAK;
      }
      continue;
    }
    switch (c) {
      case 46: // .
        if (text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
          raise(CLAUSE_BREAK);
          i += 3;
          continue;
        }
        raise(SENTENCE_BREAK);
        break;
      case 33: // !
        raise(SENTENCE_BREAK);
        break;
      case 63: {
        // ?
        const last = tokens[tokens.length - 1];
        if (last && brk < SENTENCE_BREAK) last.question = true;
        raise(SENTENCE_BREAK);
        break;
      }
      case 10: // newline
      case 13:
        raise(SENTENCE_BREAK);
        quoted = false;
        break;
      case 0x2026: // …
      case 44: // ,
      case 59: // ;
      case 58: // :
      case 40: // (
      case 41: // )
      case 0x2014: // —
      case 0x2013: // –
        raise(CLAUSE_BREAK);
        break;
      case 45: // - as a dash between spaces, not inside a word
        if (!isWordAt(text, i - 1) || !isWordAt(text, i + 1)) raise(CLAUSE_BREAK);
        break;
      case 34: // "
        quoted = !quoted;
        raise(CLAUSE_BREAK);
        break;
      case 0x201c: // “
      case 0x2018: // ‘
        quoted = true;
        raise(CLAUSE_BREAK);
        break;
      case 0x201d: // ”
        quoted = false;
        raise(CLAUSE_BREAK);
        break;
      case 39:
      case 0x2019: {
        // A straight or curly single quote that is not an apostrophe inside a word.
        if (!isWordAt(text, i - 1) && isWordAt(text, i + 1) && c === 39) {
          quoted = true;
          raise(CLAUSE_BREAK);
        } else if (quoted && !isWordAt(text, i + 1)) {
          quoted = false;
          raise(CLAUSE_BREAK);
        }
        break;
      }
      default:
        break;
    }
    i += 1;
  }
  return tokens;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
