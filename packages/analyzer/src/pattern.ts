// Phrase patterns: a token sequence with alternatives, optional parts, slots and lexicon
// references. Literals go through the same normalisation as the text, so "i'm" in a rule
// matches "I'm", "Im" and "I am" alike.
//
//   word        a literal word            word*     a word starting with "word"
//   *ing        a word ending with "ing"
//   (a|b c)     one of the alternatives   [a|b c]   optional alternatives (also "(a|b)?")
//   *           exactly one word          ~3        up to three words
//   @name       any entry of a lexicon
//   <name>      a capitalised word that does not start its sentence ("Leo", "Mia"), not "I"
//   <number>    a word written with digits ("52", "3rd")
//   <break>     punctuation (or the end of the sentence) here, between two words; matches no word
//   <join>      no punctuation here: the next word follows directly
import { expandWord } from './contractions.js';
import { findSorted } from './sorted-run.js';
import { CAPITALISED, NUMBER, SENTENCE_BREAK, type Token } from './tokenize.js';
import { wordId } from './vocabulary.js';

/**
 * One element of a pattern, as parsed; program.ts compiles patterns into the flat form the matcher
 * runs. Every element has the same fields; `t` says which ones mean something:
 * `w` is the literal, prefix or suffix; `max` the gap's length; `opts`, `opt`, `at`, `size`, `byKey`,
 * `words`, `byFirst` and `other` an alternation's options, whether it is optional, and how they are indexed.
 */
export interface El {
  t: 'lit' | 'pre' | 'suf' | 'any' | 'gap' | 'alt' | 'name' | 'num' | 'end' | 'brk' | 'join';
  w: string;
  /** A literal's word id (vocabulary.ts); -1 for every other element. */
  id: number;
  max: number;
  opts: El[][];
  opt: boolean;
  /**
   * An indexed alternation's words: the ids of the words its options can start with (class keys
   * included), sorted, at `at` in keyStore (`size` of them), and searched by halves; `byKey` holds
   * the options for each. A Map per alternation, and then one hash table for the whole rule set,
   * made the lookup most of the matcher's time; short sorted runs in one array keep the hot ones in
   * the cache. `size` is 0 and `byKey` undefined when it is not indexed.
   */
  at: number;
  size: number;
  byKey: El[][][] | undefined;
  /** Its options are indexed by first word; `other` holds those that can start with any word. */
  byFirst: boolean;
  other: El[][] | undefined;
  /** Its options are single words only ("(a|the|my)"): a word among its keys matches, no recursion. */
  words: boolean;
}

const NO_OPTS: El[][] = [];

function el(t: El['t'], w = '', max = 0, opts: El[][] = NO_OPTS, opt = false): El {
  const id = t === 'lit' ? wordId(w) : -1;
  return {
    t,
    w,
    id,
    max,
    opts,
    opt,
    at: 0,
    size: 0,
    byKey: undefined,
    byFirst: false,
    other: undefined,
    words: false,
  };
}

/** The pattern, anchored so that it only matches when it ends exactly where the match may end. */
export function anchoredAtEnd(els: readonly El[]): El[] {
  return [...els, el('end')];
}

export type Lexicons = Readonly<Record<string, readonly string[]>>;

export class PatternError extends Error {
  readonly code = 'PATTERN_INVALID';
}

const SYNTAX_RE = /\s+|([()[\]|])/;
const CLASSES: Record<string, El['t']> = {
  '<name>': 'name',
  '<number>': 'num',
  '<break>': 'brk',
  '<join>': 'join',
};

// A word's closing apostrophe ("the kids' party") is punctuation to the tokenizer, so a literal
// drops it too; kept, the literal could never match.
function normalizeLiteral(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/(?<=[^'])'+$/, '');
}

// Brackets split words, so "recogni(se|ze)" would mean the two words "recogni" and "se"/"ze", and
// "want(ed)?" the words "want" and "ed": never what the author meant. A contraction glued to its
// word ("i('ll| will)", "(it|that)'s") is fine: the apostrophe starts a word part of its own.
const IN_WORD_OPEN = /[\p{L}\p{N}][([](?!['\u2019\s])/u;
const IN_WORD_CLOSE = /[)\]][\p{L}\p{N}]/u;

// Alternations are shared within a rule set: a lexicon is parsed once however many patterns name
// it, and the same written alternation in two patterns is one element. The matcher then reads one
// index per distinct alternation instead of one per place it is written (tens of thousands), which
// keeps the hot ones in cache. Keys are the lexicon's name, or the options' elements written out.
interface Shared {
  /** Parsed patterns by their text: rules often repeat a condition word for word. */
  parsed: Map<string, El[]>;
  byKey: Map<string, El>;
  ids: Map<El, number>;
}
const sharedBySet = new WeakMap<Lexicons, Shared>();
function sharedFor(lexicons: Lexicons): Shared {
  let shared = sharedBySet.get(lexicons);
  if (shared === undefined)
    sharedBySet.set(lexicons, (shared = { parsed: new Map(), byKey: new Map(), ids: new Map() }));
  return shared;
}
function intern(shared: Shared, key: string, make: () => El): El {
  let alt = shared.byKey.get(key);
  if (alt === undefined) {
    alt = make();
    indexAlt(alt);
    shared.byKey.set(key, alt);
    shared.ids.set(alt, shared.ids.size);
  }
  return alt;
}
function lexiconEl(
  lexicons: Lexicons,
  name: string,
  entries: readonly string[],
  seen: readonly string[],
): El {
  return intern(sharedFor(lexicons), `@${name}`, () =>
    el(
      'alt',
      '',
      0,
      entries.map((e) => parsePattern(e, lexicons, [...seen, name])),
    ),
  );
}
function sharedAlt(lexicons: Lexicons, opts: El[][], opt: boolean): El {
  const shared = sharedFor(lexicons);
  // Nested alternations are already shared, so their number names them.
  const part = (e: El): string => (e.t === 'alt' ? `#${shared.ids.get(e)!}` : `${e.t}:${e.w}:${e.max}`);
  const key = `${opt ? '[' : '('}${opts.map((o) => o.map(part).join(' ')).join('|')}`;
  return intern(shared, key, () => el('alt', '', 0, opts, opt));
}

// The elements of one part of a pattern that is not an alternation or a lexicon, by the part as
// written: a word, a wildcard, a gap, a class. Nothing changes such an element once made (only
// alternations are indexed in place), so every pattern that writes the same part shares it. The rule
// set writes the same few thousand words tens of thousands of times, and normalising each again was
// much of the time compiling it took.
const plainMemo = new Map<string, readonly El[] | null>();
function plainEls(p: string): readonly El[] | null {
  let els = plainMemo.get(p);
  if (els === undefined) {
    els = makePlainEls(p);
    plainMemo.set(p, els);
  }
  return els;
}
/** A part's elements, or null when it is not a word. */
function makePlainEls(p: string): El[] | null {
  if (p === '*') return [el('any')];
  if (p in CLASSES) return [el(CLASSES[p]!)];
  if (/^~\d+$/.test(p)) return [el('gap', '', Number(p.slice(1)))];
  if (p.length > 1 && p.endsWith('*')) return [el('pre', normalizeLiteral(p.slice(0, -1)))];
  if (p.length > 1 && p.startsWith('*')) return [el('suf', normalizeLiteral(p.slice(1)))];
  // Marks (\p{M}) belong to words as the tokenizer reads them: Devanagari vowel signs, accents
  // written as combining characters.
  if (!/^[\p{L}\p{N}\p{M}'\u2019-]+$/u.test(p)) return null;
  const out: El[] = [];
  for (const word of normalizeLiteral(p).split('-')) {
    // A bare contraction ("'m", "'ve") expands to an empty word plus its full form; only the full
    // form can ever match a token.
    for (const part of expandWord(word)) if (part.w !== '') out.push(el('lit', part.w));
  }
  return out;
}

/**
 * Parse a pattern string into elements, resolving lexicon references. The same text gives the same
 * array, which nothing may change.
 */
export function parsePattern(source: string, lexicons: Lexicons, seen: readonly string[] = []): El[] {
  if (seen.length > 0) return parseNew(source, lexicons, seen);
  const parsed = sharedFor(lexicons).parsed;
  let els = parsed.get(source);
  if (els === undefined) {
    els = parseNew(source, lexicons, seen);
    parsed.set(source, els);
  }
  return els;
}

function parseNew(source: string, lexicons: Lexicons, seen: readonly string[]): El[] {
  const inWord = IN_WORD_OPEN.exec(source) ?? IN_WORD_CLOSE.exec(source);
  if (inWord)
    throw new PatternError(
      `brackets inside a word ("${inWord[0]}") in pattern "${source}": write each whole word, as in (recognise|recognize)`,
    );
  const parts = source.split(SYNTAX_RE).filter((p): p is string => p !== undefined && p !== '');
  let i = 0;
  const parseSeq = (closer: string | null): El[][] => {
    const opts: El[][] = [[]];
    while (i < parts.length) {
      const p = parts[i++]!;
      if (p === closer) return opts;
      if (p === ')' || p === ']') throw new PatternError(`unbalanced "${p}" in pattern "${source}"`);
      const cur = opts[opts.length - 1]!;
      if (p === '|') {
        if (closer === null) throw new PatternError(`"|" outside brackets in pattern "${source}"`);
        opts.push([]);
      } else if (p === '(' || p === '[') {
        const inner = parseSeq(p === '(' ? ')' : ']');
        // "(a|b)?" is the same as "[a|b]"; the "?" may be glued to the next word.
        const next = parts[i];
        const glued = p === '(' && next !== undefined && next.startsWith('?');
        if (glued) {
          if (next.length > 1) parts[i] = next.slice(1);
          else i++;
        }
        cur.push(sharedAlt(lexicons, inner, p === '[' || glued));
      } else if (p.startsWith('@')) {
        const name = p.slice(1);
        const entries = lexicons[name];
        if (!entries) throw new PatternError(`unknown lexicon "@${name}" in pattern "${source}"`);
        if (seen.includes(name)) throw new PatternError(`lexicon "@${name}" refers to itself`);
        cur.push(lexiconEl(lexicons, name, entries, seen));
      } else {
        const els = plainEls(p);
        if (els === null) throw new PatternError(`bad word "${p}" in pattern "${source}"`);
        for (const e of els) cur.push(e);
      }
    }
    if (closer !== null) throw new PatternError(`missing "${closer}" in pattern "${source}"`);
    return opts;
  };
  const top = parseSeq(null);
  const seq = top[0]!;
  if (seq.length === 0) throw new PatternError(`empty pattern`);
  if (seq.every((e) => e.t === 'brk' || e.t === 'join'))
    throw new PatternError(
      `pattern "${source}" only marks punctuation and can match nothing (for "nothing follows", use clause_end)`,
    );
  return seq;
}

// Big alternations (lexicons) are tried only for the options that can start with the token's word,
// instead of one by one. An option that begins with a nested alternation ("(a|an) (idiot|…)") is
// indexed under each word it can start with; only options that can start with any word, or match
// nothing, are always tried. Every alternation is made by intern(), once, after the ones nested in
// it, so each is indexed exactly once.
function indexAlt(el: El): void {
  if (el.opts.every((opt) => opt.length === 1 && opt[0]!.t === 'lit')) {
    keep(el, [...new Set(el.opts.map((opt) => opt[0]!.id))]);
    el.words = true;
    return;
  }
  if (el.opts.length < 4) return;
  const byFirst = new Map<number, El[][]>();
  const other: El[][] = [];
  for (const opt of el.opts) {
    const first = firstWords(opt);
    if (first === null) {
      other.push(opt);
      continue;
    }
    for (const w of first) {
      const key = wordId(w);
      const list = byFirst.get(key);
      if (!list) byFirst.set(key, [opt]);
      else if (!list.includes(opt)) list.push(opt);
    }
  }
  el.byKey = keep(el, [...byFirst.keys()]).map((key) => byFirst.get(key)!);
  el.byFirst = true;
  el.other = other;
}

// Every indexed alternation's keys, each alternation's sorted, one run after another. Grown by
// copying as rule sets are compiled; alternations hold offsets, so they stay valid.
let keyStore = new Int32Array(4096);
let keysUsed = 0;

/** Word ids kept as a sorted run in one shared array (an alternation's keys, say). */
export interface KeyRun {
  at: number;
  size: number;
}

/** Store a run's keys, sorted; gives them in that order. */
export function keep(run: KeyRun, keys: number[]): number[] {
  keys.sort((a, b) => a - b);
  run.at = storeKeys(keys);
  run.size = keys.length;
  return keys;
}

function storeKeys(keys: ArrayLike<number>): number {
  while (keysUsed + keys.length > keyStore.length) {
    const bigger = new Int32Array(keyStore.length * 2);
    bigger.set(keyStore);
    keyStore = bigger;
  }
  keyStore.set(keys, keysUsed);
  keysUsed += keys.length;
  return keysUsed - keys.length;
}

/** How many keys are stored (an analyzer image starts there: image.ts). */
export function keysStored(): number {
  return keysUsed;
}

/** The keys stored since `from` (see keysStored). */
export function keysSince(from: number): Int32Array {
  return keyStore.slice(from, keysUsed);
}

/** Append keys that keysSince gave in a process that had stored as many as this one has now. */
export function appendKeys(keys: Int32Array): void {
  storeKeys(keys);
}

/** Where the word `id` is in the run of `size` keys at `at`, counted from `at`; -1 when it is not. */
export function keyIndexIn(at: number, size: number, id: number): number {
  return id < 0 ? -1 : findSorted(keyStore, at, size, 1, id);
}

/** Where the word `id` is in a run of keys, or -1. */
export function keyIndex(run: KeyRun, id: number): number {
  return keyIndexIn(run.at, run.size, id);
}

// "*ing" means a verb form; these common -ing words are not one ("sorry about everything").
export const NOT_ING_VERBS: ReadonlySet<string> = new Set([
  'everything',
  'anything',
  'nothing',
  'something',
  'thing',
  'morning',
  'evening',
  'during',
  'king',
  'ring',
  'spring',
  'wedding',
  'ceiling',
  'building',
  'feeling',
  'feelings',
  'meeting',
  'string',
  'bring',
  'sing',
  'sting',
  'swing',
  'wing',
]);

// Every sentence starts with a capital, and "I" always has one: neither says "a name".
export function isName(tok: Token): boolean {
  return tok.shape === CAPITALISED && tok.brk !== SENTENCE_BREAK && tok.w !== 'i';
}

/**
 * Word classes stand in the indexes under these keys, so a pattern that starts with `<number>` or
 * `<name>` is still found by its first word instead of being tried at every token.
 */
export const NUMBER_KEY = '<number>';
export const NAME_KEY = '<name>';
const NUMBER_ID = wordId(NUMBER_KEY);
const NAME_ID = wordId(NAME_KEY);

/** The id of the class a token also answers to, or -1. */
export function classIdOf(tok: Token): number {
  return tok.shape === NUMBER ? NUMBER_ID : isName(tok) ? NAME_ID : -1;
}

/** Words in nearly every sentence. */
export const COMMON: ReadonlySet<string> = new Set(
  'i you to the a and it is was not do have me my that of for in we be will would am are this so but just what your on with if can about know all how like at'.split(
    ' ',
  ),
);

/** The words a match can start with, or null when it can start with any word. */
export function firstWords(els: readonly El[], k = 0): Set<string> | null {
  if (k >= els.length) return null;
  const el = els[k]!;
  switch (el.t) {
    case 'lit':
      return new Set([el.w]);
    case 'num':
      return new Set([NUMBER_KEY]);
    case 'name':
      return new Set([NAME_KEY]);
    case 'brk':
    case 'join':
      // Punctuation marks match no word: the match starts with whatever follows them.
      return firstWords(els, k + 1);
    case 'pre':
    case 'suf':
    case 'any':
    case 'gap':
    case 'end':
      return null;
    case 'alt': {
      const out = new Set<string>();
      for (const opt of el.opts) {
        const first = opt.length === 0 ? firstWords(els, k + 1) : firstWords([...opt, ...els.slice(k + 1)]);
        if (!first) return null;
        for (const w of first) out.add(w);
      }
      if (el.opt) {
        const rest = firstWords(els, k + 1);
        if (!rest) return null;
        for (const w of rest) out.add(w);
      }
      return out;
    }
  }
}

// An alternation's possible first words, by the alternation: a lexicon is written into hundreds of
// patterns, and the engine recognises a list it has seen by the list itself (see compileEngine).
const altFirst = new WeakMap<El, string[] | null>();
function altFirstWords(alt: El): string[] | null {
  let words = altFirst.get(alt);
  if (words === undefined) {
    const all = new Set<string>();
    for (const opt of alt.opts) {
      const first = firstWords(opt);
      if (!first) {
        words = null;
        break;
      }
      for (const w of first) all.add(w);
    }
    if (words === undefined) words = [...all];
    altFirst.set(alt, words);
  }
  return words;
}

/**
 * Words a sentence must contain for the pattern to match there: each inner list is "at least one of".
 * Lets the engine skip patterns whose later words are absent without trying to match them.
 */
export function requiredWords(els: readonly El[]): string[][] {
  const out: string[][] = [];
  for (const el of els) {
    if (el.t === 'lit') out.push([el.w]);
    else if (el.t === 'alt' && !el.opt) {
      const words = altFirstWords(el);
      if (words !== null) out.push(words);
    }
  }
  // A class is not a word the sentence holds. The engine answers each list with one lookup (see
  // Engine.groupsOf), so every list is kept; those with a word found in nearly every sentence
  // rarely rule a sentence out and go last, the rest shortest first.
  const common = (list: string[]): number => (list.some((w) => COMMON.has(w)) ? 1 : 0);
  return out
    .filter((list) => !list.some((w) => w === NUMBER_KEY || w === NAME_KEY))
    .sort((a, b) => common(a) - common(b) || a.length - b.length);
}

interface EnumFrame {
  els: readonly El[];
  k: number;
  next: EnumFrame | null;
}

const PREFIX_BUDGET = 4000;

/**
 * Every way the pattern can begin, as up to `max` words (["w1", "w2", "w3"]; fewer when the
 * pattern is shorter, or when a wildcard follows two words), each once, or null when it begins with a
 * wildcard within its first two words or has too many beginnings. Lets the engine index patterns by
 * their first words, so a pattern is tried only where its opening words are in the text.
 */
export function leadingWords(els: readonly El[], max = 2): string[][] | null {
  const out: string[][] = [];
  const seen = new Set<string>();
  const add = (key: string[]): void => {
    const joined = key.join(' ');
    if (seen.has(joined)) return;
    seen.add(joined);
    out.push(key);
  };
  const walk = (seq: readonly El[], k: number, up: EnumFrame | null, acc: string[]): boolean => {
    if (out.length > PREFIX_BUDGET) return false;
    if (acc.length === max) {
      add(acc);
      return true;
    }
    if (k === seq.length) {
      if (up) return walk(up.els, up.k, up.next, acc);
      if (acc.length > 0) add(acc);
      return true;
    }
    const el = seq[k]!;
    switch (el.t) {
      case 'lit':
        return walk(seq, k + 1, up, [...acc, el.w]);
      case 'num':
        return walk(seq, k + 1, up, [...acc, NUMBER_KEY]);
      case 'name':
        return walk(seq, k + 1, up, [...acc, NAME_KEY]);
      case 'brk':
      case 'join':
        return walk(seq, k + 1, up, acc);
      case 'alt': {
        const frame = { els: seq, k: k + 1, next: up };
        for (const opt of el.opts) if (!walk(opt, 0, frame, acc)) return false;
        return el.opt ? walk(seq, k + 1, up, acc) : true;
      }
      default:
        // A wildcard after two words still leaves a usable two-word key.
        if (acc.length < 2) return false;
        add(acc);
        return true;
    }
  };
  return walk(els, 0, null, []) ? out : null;
}
