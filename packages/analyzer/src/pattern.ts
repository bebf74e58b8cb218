// Phrase patterns: a token sequence with alternatives, optional parts, slots and lexicon
// references. Literals go through the same normalisation as the text, so "i'm" in a rule
// matches "I'm", "Im" and "I am" alike.
//
//   word        a literal word            word*     a word starting with "word"
//   *ing        a word ending with "ing"
//   (a|b c)     one of the alternatives   [a|b c]   optional alternatives (also "(a|b)?")
//   *           exactly one word          ~3        up to three words
//   @name       any entry of a lexicon
import { expandWord } from './contractions.js';
import type { Token } from './tokenize.js';

export type El =
  | { t: 'lit'; w: string }
  | { t: 'pre'; p: string }
  | { t: 'suf'; s: string }
  | { t: 'any' }
  | { t: 'gap'; max: number }
  | { t: 'alt'; opts: El[][]; opt: boolean };

export type Lexicons = Readonly<Record<string, readonly string[]>>;

export class PatternError extends Error {
  readonly code = 'PATTERN_INVALID';
}

const SYNTAX_RE = /\s+|([()[\]|])/;

function normalizeLiteral(raw: string): string {
  return raw.toLowerCase().replace(/[\u2019\u02bc]/g, "'");
}

/** Parse a pattern string into elements, resolving lexicon references. */
export function parsePattern(source: string, lexicons: Lexicons, seen: readonly string[] = []): El[] {
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
        cur.push({ t: 'alt', opts: inner, opt: p === '[' || glued });
      } else if (p === '*') cur.push({ t: 'any' });
      else if (/^~\d+$/.test(p)) cur.push({ t: 'gap', max: Number(p.slice(1)) });
      else if (p.startsWith('@')) {
        const name = p.slice(1);
        const entries = lexicons[name];
        if (!entries) throw new PatternError(`unknown lexicon "@${name}" in pattern "${source}"`);
        if (seen.includes(name)) throw new PatternError(`lexicon "@${name}" refers to itself`);
        cur.push({
          t: 'alt',
          opts: entries.map((e) => parsePattern(e, lexicons, [...seen, name])),
          opt: false,
        });
      } else if (p.length > 1 && p.endsWith('*')) cur.push({ t: 'pre', p: normalizeLiteral(p.slice(0, -1)) });
      else if (p.length > 1 && p.startsWith('*')) cur.push({ t: 'suf', s: normalizeLiteral(p.slice(1)) });
      else {
        if (!/^[\p{L}\p{N}'\u2019-]+$/u.test(p))
          throw new PatternError(`bad word "${p}" in pattern "${source}"`);
        for (const word of normalizeLiteral(p).split('-')) {
          for (const part of expandWord(word)) cur.push({ t: 'lit', w: part.w });
        }
      }
    }
    if (closer !== null) throw new PatternError(`missing "${closer}" in pattern "${source}"`);
    return opts;
  };
  const top = parseSeq(null);
  const seq = top[0]!;
  if (seq.length === 0) throw new PatternError(`empty pattern`);
  return seq;
}

// "*ing" means a verb form; these common -ing words are not one ("sorry about everything").
const NOT_ING_VERBS = new Set([
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
  'wedding',
  'string',
  'bring',
  'sing',
  'sting',
  'swing',
  'wing',
  'thing',
]);

function same(tok: Token, w: string): boolean {
  return tok.w === w || tok.alt === w;
}

type Cont = (t: number) => number;

function run(
  els: readonly El[],
  k: number,
  tokens: readonly Token[],
  t: number,
  end: number,
  cont: Cont,
): number {
  if (k === els.length) return cont(t);
  const el = els[k]!;
  switch (el.t) {
    case 'lit': {
      const tok = tokens[t];
      return t < end && tok !== undefined && same(tok, el.w) ? run(els, k + 1, tokens, t + 1, end, cont) : -1;
    }
    case 'pre': {
      const tok = tokens[t];
      return t < end && tok !== undefined && tok.w.startsWith(el.p)
        ? run(els, k + 1, tokens, t + 1, end, cont)
        : -1;
    }
    case 'suf': {
      const tok = tokens[t];
      return t < end &&
        tok !== undefined &&
        tok.w.length > el.s.length + 1 &&
        tok.w.endsWith(el.s) &&
        !NOT_ING_VERBS.has(tok.w)
        ? run(els, k + 1, tokens, t + 1, end, cont)
        : -1;
    }
    case 'any':
      return t < end ? run(els, k + 1, tokens, t + 1, end, cont) : -1;
    case 'gap':
      for (let g = 0; g <= el.max && t + g <= end; g++) {
        const r = run(els, k + 1, tokens, t + g, end, cont);
        if (r >= 0) return r;
      }
      return -1;
    case 'alt': {
      const next: Cont = (t2) => run(els, k + 1, tokens, t2, end, cont);
      for (const opt of el.opts) {
        const r = run(opt, 0, tokens, t, end, next);
        if (r >= 0) return r;
      }
      return el.opt ? next(t) : -1;
    }
  }
}

const done: Cont = (t) => t;

/** Match a pattern starting at token t, not past token `end`; returns the end index or -1. */
export function matchAt(els: readonly El[], tokens: readonly Token[], t: number, end: number): number {
  const r = run(els, 0, tokens, t, end, done);
  // A pattern made only of optional parts could match nothing; that is never a finding.
  return r > t ? r : -1;
}

/** The words a match can start with, or null when it can start with any word. */
export function firstWords(els: readonly El[], k = 0): Set<string> | null {
  if (k >= els.length) return null;
  const el = els[k]!;
  switch (el.t) {
    case 'lit':
      return new Set([el.w]);
    case 'pre':
    case 'suf':
    case 'any':
    case 'gap':
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
