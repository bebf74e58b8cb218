// A small hand-written tokenizer: words (with contractions expanded) and the punctuation that
// matters for structure. Offsets are UTF-16 code units into the original text, so spans are exact.
import { expandWord, keepsWhole } from './contractions.js';
import { knownId } from './vocabulary.js';

/** What sits between the previous word and this one. Sentence beats clause beats nothing. */
export type Break = 0 | 1 | 2;
export const NO_BREAK: Break = 0;
export const CLAUSE_BREAK: Break = 1;
export const SENTENCE_BREAK: Break = 2;

export interface Token {
  /** Lowercased, apostrophes straightened, contraction expanded ("I'm" gives "i", "am"). */
  w: string;
  /**
   * A second reading of the same word, when it is ambiguous ("'d" is "would" or "had"). Always
   * present (undefined when there is none) so every token has one shape for the matcher.
   */
  alt: string | undefined;
  /** The ids of `w` and `alt` in the vocabulary (-1: no pattern or model names the word). */
  id: number;
  altId: number;
  start: number;
  end: number;
  /** The strongest boundary between the previous token and this one. */
  brk: Break;
  /** Inside quotation marks. */
  quoted: boolean;
  /** The sentence this token ends is a question (set on the last token before a "?"). */
  question: boolean;
  /** What the word looked like as written: CAPITALISED, NUMBER (digits) or PLAIN. */
  shape: Shape;
}

export type Shape = 0 | 1 | 2;
export const PLAIN: Shape = 0;
export const CAPITALISED: Shape = 1;
export const NUMBER: Shape = 2;

function shapeOf(raw: string): Shape {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return NUMBER;
  if (c >= 97 && c <= 122) return PLAIN;
  // An ASCII word is read by its letter codes, without the two lowercased copies below.
  if (c >= 65 && c <= 90) {
    let ascii = true;
    for (let i = 1; i < raw.length && ascii; i++) {
      const d = raw.charCodeAt(i);
      if (d >= 65 && d <= 90) return PLAIN;
      ascii = d < 128;
    }
    if (ascii) return CAPITALISED;
  }
  // Title case only ("Mia", "Leo's"): a word in capitals ("I OWE YOU") is shouting, not a name.
  const first = raw[0]!;
  const rest = raw.slice(1);
  return first !== first.toLowerCase() && rest === rest.toLowerCase() ? CAPITALISED : PLAIN;
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

/**
 * Lowercase and straighten apostrophes without changing the length (else keep the case). Turkish
 * dotted capital I lowercases to two code units (i and a combining dot), so it is read as plain i.
 */
function normalizeWord(raw: string): string {
  if (!NEEDS_NORMALIZING.test(raw)) return raw;
  const out = raw
    .replace(/\u0130/g, 'i')
    .toLowerCase()
    .replace(/[\u2019\u02bc]/g, "'");
  return out.length === raw.length ? out : raw.replace(/[\u2019\u02bc]/g, "'");
}

// Every token made in one place, so all have one shape for the matcher.
function token(
  w: string,
  alt: string | undefined,
  start: number,
  end: number,
  brk: Break,
  quoted: boolean,
  shape: Shape,
): Token {
  return { w, alt, id: knownId(w), altId: knownId(alt), start, end, brk, quoted, question: false, shape };
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
      const shape = shapeOf(raw);
      if (norm.length !== raw.length || keepsWhole(norm)) {
        tokens.push(token(norm, undefined, start, i, brk, quoted, shape));
        brk = NO_BREAK;
        continue;
      }
      let at = start;
      for (const part of expandWord(norm)) {
        tokens.push(token(part.w, part.alt, at, at + part.len, brk, quoted, at === start ? shape : PLAIN));
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
  return readShorthandInContext(tokens);
}

// Texting spellings whose reading depends on the next word: "ur mum" is "your mum" but "ur so
// selfish" is "you are so selfish"; "ill call u" is "I will call you" but "I was ill" is not; "its"
// is nearly always "it is" in a message, except before a noun it owns.
const YOUR_NOUNS = new Set(
  'fault mum mom mam mother dad father sister brother family friends friend mates mate side phone number place house flat home work job stuff things life kids children son daughter choice call decision feelings birthday bday name car new own ex bf gf boyfriend girlfriend husband wife partner parents problem problems loss way time text texts messages message reply answer heart trust space turn attitude behaviour behavior issue issues head mind eyes face body business money half keys bag bags photos pics dog cat building wedding morning evening earring ceiling sibling darling clothing bedding spring pudding swing string offspring upbringing wellbeing landing thing stuffing'.split(
    ' ',
  ),
);
const ARE_NEXT = new Set(
  'so such a an the not no hardly exactly being always never just really too still only late early busy tired drunk literally actually honestly like right wrong welcome sure kidding joking obsessed unbelievable ridiculous pathetic selfish crazy mad insane impossible unreal delusional disgusting horrible awful amazing beautiful better worse best worst all over off on in at with out back here there home free done happy angry upset sad lucky mean cruel cold lazy useless hopeless clueless scared afraid allowed supposed meant gonna going making acting lying overreacting overthinking dramatic jealous paranoid wasting breaking killing ruining ignoring'.split(
    ' ',
  ),
);
const WILL_NEXT = new Set(
  'be never always just still only call text come see wait find make do go get tell leave stop show try give take keep send pick drop pop ring message sort pay let have miss love kill end hurt ruin prove change literally definitely probably walk move put bring write talk explain meet drive turn head sign post not die jump stay look check think figure deal work sleep sit stand ask answer forgive regret pray swallow cut miss'.split(
    ' ',
  ),
);
const ILL_STATE = new Set(
  'was am is are be been being feel felt feeling so very really mentally seriously terminally critically fell falling got getting quite pretty too gravely'.split(
    ' ',
  ),
);
const ITS_OWNED = new Set(
  'own owner owners name tail leg legs door lid colour color value contents shape price'.split(' '),
);

function split(tok: Token, first: string, second: string, firstLen: number, alt?: string): Token[] {
  const a: Token = {
    ...tok,
    w: first,
    alt,
    id: knownId(first),
    altId: knownId(alt),
    end: tok.start + firstLen,
    question: false,
  };
  const b: Token = {
    ...tok,
    w: second,
    alt: undefined,
    id: knownId(second),
    altId: -1,
    start: tok.start + firstLen,
    brk: NO_BREAK,
    shape: PLAIN,
  };
  return [a, b];
}

function readShorthandInContext(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const next = tokens[k + 1];
    const nextWord = next !== undefined && next.brk === NO_BREAK ? next.w : '';
    let parts: Token[] | null = null;
    if (tok.w === 'your' && tok.alt === 'you' && tok.end - tok.start === 2) {
      // Only a word that can't follow "your" splits it. Before any other word "ur" is "your": read
      // as "you" too, "ill find ur scarf" would be a threat ("find you"). At the end of a clause it
      // keeps both readings ("love ur" is cut short either way).
      const readsAre = ARE_NEXT.has(nextWord) || (nextWord.length > 4 && nextWord.endsWith('ing'));
      if (readsAre && !YOUR_NOUNS.has(nextWord)) parts = split(tok, 'you', 'are', 1, 'ur');
      else if (nextWord !== '') parts = [{ ...tok, alt: 'ur', altId: knownId('ur') }];
    } else if (tok.w === 'ill' && tok.end - tok.start === 3) {
      const prev = k > 0 && tok.brk === NO_BREAK ? tokens[k - 1]!.w : '';
      if (WILL_NEXT.has(nextWord) && !ILL_STATE.has(prev)) parts = split(tok, 'i', 'will', 1, 'ill');
    } else if (tok.w === 'its' && tok.end - tok.start === 3) {
      if (!ITS_OWNED.has(nextWord)) parts = split(tok, 'it', 'is', 2, 'its');
    }
    if (parts !== null) {
      out ??= tokens.slice(0, k);
      out.push(...parts);
    } else if (out !== null) out.push(tok);
  }
  return out ?? tokens;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
