// Patterns compiled into one flat program, and the matcher that runs it. A parsed pattern is a
// graph of small objects (elements, option lists, shared alternations); matching one walked that
// graph, and with thousands of patterns each tried now and then, nearly every step reached an
// object that was no longer in the cache. Here a pattern is a run of integers in one array, each
// option of an alternation a run of its own that ends in RET, so trying a pattern reads a few
// neighbouring cache lines.
//
// Instructions (opcode, then its operands):
//   RET                       the sequence ends: go on where the frame says, or answer
//   LIT id                    the word (or its second reading) has this id
//   PRE s / SUF s             the word starts / ends with TEXTS[s]
//   ANY, NAME, NUM            any word / a name / a number
//   END, BRK, JOIN            zero-width: the span ends here / punctuation here / no punctuation
//   GAP max                   up to max words
//   WORDS opt at size         one word among the sorted keys at `at` (pattern.ts keyIndexIn)
//   ALT opt at size byKey other all
//                             options as lists (a count, then each option's pc and its first
//                             literal's id or -1): by the word they can start with when byKey is
//                             not -1 (per key, its list), then `other`; else `all`, in order.
import { classIdOf, isName, keyIndexIn, NOT_ING_VERBS, type El } from './pattern.js';
import { NO_BREAK, NUMBER, type Token } from './tokenize.js';

const RET = 0;
const LIT = 1;
const PRE = 2;
const SUF = 3;
const ANY = 4;
const NAME = 5;
const NUM = 6;
const END = 7;
const BRK = 8;
const JOIN = 9;
const GAP = 10;
const WORDS = 11;
const ALT = 12;

const SIMPLE: Partial<Record<El['t'], number>> = {
  any: ANY,
  name: NAME,
  num: NUM,
  end: END,
  brk: BRK,
  join: JOIN,
};

// The program of every pattern compiled so far; grown by copying, so only offsets are kept.
let code = new Int32Array(1 << 16);
let used = 0;
const TEXTS: string[] = [];
const textIds = new Map<string, number>();

/** Room for `count` cells at the end of the program; gives where they start. */
function reserve(count: number): number {
  while (used + count > code.length) {
    const bigger = new Int32Array(code.length * 2);
    bigger.set(code);
    code = bigger;
  }
  const at = used;
  used += count;
  return at;
}

function textId(text: string): number {
  let id = textIds.get(text);
  if (id === undefined) {
    textIds.set(text, (id = TEXTS.length));
    TEXTS.push(text);
  }
  return id;
}

/** How much of the program and its texts is filled (an analyzer image starts there: image.ts). */
export function programSize(): { cells: number; texts: number } {
  return { cells: used, texts: TEXTS.length };
}

/** The texts PRE and SUF name so far, by number. */
export function programTexts(): string[] {
  return TEXTS.slice();
}

/** The program's cells and texts added since `from` (see programSize). */
export function programSince(from: { cells: number; texts: number }): { cells: Int32Array; texts: string[] } {
  return { cells: code.slice(from.cells, used), texts: TEXTS.slice(from.texts) };
}

/**
 * Append cells and texts that programSince gave in a process whose program was as this one's is
 * now (as many cells, the same texts): their offsets and text numbers then hold as they were.
 */
export function appendProgram(cells: Int32Array, texts: readonly string[]): void {
  const at = reserve(cells.length);
  code.set(cells, at);
  for (const text of texts) textId(text);
}

// Sequences and alternations are shared between patterns (pattern.ts interns them), so each is
// compiled once: by the array or the element itself.
const programs = new WeakMap<readonly El[], number>();
const optionLists = new WeakMap<El, { byKey: number; other: number; all: number }>();

/** A list of options: how many, then each one's pc and the id of the literal it starts with (-1). */
function optionList(opts: readonly (readonly El[])[]): number {
  const pcs = opts.map(programOf);
  const at = reserve(1 + 2 * opts.length);
  code[at] = opts.length;
  opts.forEach((opt, i) => {
    const head = opt[0];
    code[at + 1 + 2 * i] = pcs[i]!;
    code[at + 2 + 2 * i] = head?.t === 'lit' ? head.id : -1;
  });
  return at;
}

function listsOf(el: El): { byKey: number; other: number; all: number } {
  let lists = optionLists.get(el);
  if (lists === undefined) {
    if (el.byFirst) {
      const perKey = el.byKey!.map(optionList);
      const byKey = reserve(perKey.length);
      code.set(perKey, byKey);
      lists = { byKey, other: optionList(el.other!), all: -1 };
    } else lists = { byKey: -1, other: -1, all: optionList(el.opts) };
    optionLists.set(el, lists);
  }
  return lists;
}

/** How many cells an element takes in a program. */
function width(el: El): number {
  if (el.t === 'lit' || el.t === 'pre' || el.t === 'suf' || el.t === 'gap') return 2;
  if (el.t !== 'alt') return 1;
  return el.words ? 4 : 7;
}

/** The pc of a pattern's program, compiling it (and what it names) the first time. */
export function programOf(els: readonly El[]): number {
  const known = programs.get(els);
  if (known !== undefined) return known;
  // Options first, so the sequence's own instructions stay side by side.
  let size = 1;
  for (const el of els) {
    if (el.t === 'alt' && !el.words) listsOf(el);
    size += width(el);
  }
  const pc = reserve(size);
  let at = pc;
  for (const el of els) {
    const simple = SIMPLE[el.t];
    if (simple !== undefined) code[at] = simple;
    else if (el.t === 'lit') code.set([LIT, el.id], at);
    else if (el.t === 'pre') code.set([PRE, textId(el.w)], at);
    else if (el.t === 'suf') code.set([SUF, textId(el.w)], at);
    else if (el.t === 'gap') code.set([GAP, el.max], at);
    else if (el.words) code.set([WORDS, el.opt ? 1 : 0, el.at, el.size], at);
    else {
      const { byKey, other, all } = listsOf(el);
      code.set([ALT, el.opt ? 1 : 0, el.at, el.size, byKey, other, all], at);
    }
    at += width(el);
  }
  code[at] = RET;
  programs.set(els, pc);
  return pc;
}

// What to match after the current sequence ends: a linked stack of frames. Frames instead of
// closures keep matching allocation-light; it runs for every candidate token.
interface Frame {
  pc: number;
  next: Frame | null;
}

// Steps the matcher has taken since the process started: the rule-cost report reads the difference
// around each try. One increment per instruction, cheap enough to leave on.
let steps = 0;

/** How many matcher steps have been taken so far (see the rule-cost report). */
export function matcherSteps(): number {
  return steps;
}

/** Try each option of the list at `list` from token t; the first that matches answers. */
function tryOptions(
  list: number,
  tokens: readonly Token[],
  t: number,
  end: number,
  up: Frame | null,
): number {
  const tok = t < end ? tokens[t] : undefined;
  const last = list + 2 * code[list]!;
  for (let i = list + 1; i <= last; i += 2) {
    // Cheap rejection: an option that starts with a literal the token is not.
    const head = code[i + 1]!;
    if (head >= 0 && (tok === undefined || (tok.id !== head && tok.altId !== head))) continue;
    const r = run(code[i]!, tokens, t, end, up);
    if (r >= 0) return r;
  }
  return -1;
}

/** The options of an indexed alternation (keys at `at`, lists at `byKey`) for the word `id`. */
function tryKeyed(
  at: number,
  size: number,
  byKey: number,
  id: number,
  tokens: readonly Token[],
  t: number,
  end: number,
  up: Frame | null,
): number {
  const i = keyIndexIn(at, size, id);
  return i < 0 ? -1 : tryOptions(code[byKey + i]!, tokens, t, end, up);
}

function run(pc: number, tokens: readonly Token[], t: number, end: number, up: Frame | null): number {
  for (;;) {
    steps++;
    const op = code[pc]!;
    switch (op) {
      case RET:
        if (up === null) return t;
        pc = up.pc;
        up = up.next;
        continue;
      case LIT: {
        const tok = tokens[t];
        const id = code[pc + 1]!;
        if (t >= end || tok === undefined || (tok.id !== id && tok.altId !== id)) return -1;
        t++;
        pc += 2;
        continue;
      }
      case PRE: {
        const tok = tokens[t];
        if (t >= end || tok === undefined || !tok.w.startsWith(TEXTS[code[pc + 1]!]!)) return -1;
        t++;
        pc += 2;
        continue;
      }
      case SUF: {
        const tok = tokens[t];
        const w = TEXTS[code[pc + 1]!]!;
        if (
          t >= end ||
          tok === undefined ||
          tok.w.length <= w.length + 1 ||
          !tok.w.endsWith(w) ||
          NOT_ING_VERBS.has(tok.w)
        )
          return -1;
        t++;
        pc += 2;
        continue;
      }
      case ANY:
        if (t >= end) return -1;
        t++;
        pc++;
        continue;
      case NAME: {
        const tok = tokens[t];
        if (t >= end || tok === undefined || !isName(tok)) return -1;
        t++;
        pc++;
        continue;
      }
      case NUM: {
        const tok = tokens[t];
        if (t >= end || tok === undefined || tok.shape !== NUMBER) return -1;
        t++;
        pc++;
        continue;
      }
      case END:
        if (t !== end) return -1;
        pc++;
        continue;
      case BRK: {
        // Zero-width: the next word starts after punctuation, or nothing follows in this span.
        // It looks at the next word even past the span's end, so "sorry <join>" before a match can
        // ask whether a comma sits between them.
        const tok = tokens[t];
        if (tok !== undefined && tok.brk === NO_BREAK) return -1;
        pc++;
        continue;
      }
      case JOIN: {
        const tok = tokens[t];
        if (tok === undefined || tok.brk !== NO_BREAK) return -1;
        pc++;
        continue;
      }
      case GAP: {
        const max = code[pc + 1]!;
        for (let g = 0; g <= max && t + g <= end; g++) {
          const r = run(pc + 2, tokens, t + g, end, up);
          if (r >= 0) return r;
        }
        return -1;
      }
      case WORDS: {
        // Every option is one word, so any that matches leads to the same place.
        const tok = t < end ? tokens[t] : undefined;
        const at = code[pc + 2]!;
        const size = code[pc + 3]!;
        if (
          tok !== undefined &&
          (keyIndexIn(at, size, tok.id) >= 0 || keyIndexIn(at, size, tok.altId) >= 0)
        ) {
          const r = run(pc + 4, tokens, t + 1, end, up);
          if (r >= 0) return r;
        }
        if (code[pc + 1] === 0) return -1;
        pc += 4;
        continue;
      }
      default: {
        // ALT. After a trailing alternation the match goes on exactly where `up` says: no new frame.
        const next = pc + 7;
        const frame: Frame | null = code[next] === RET ? up : { pc: next, next: up };
        const byKey = code[pc + 4]!;
        let r = -1;
        // Indexed by first word (even when no option has a first word: then all are in `other`).
        if (byKey >= 0) {
          const at = code[pc + 2]!;
          const size = code[pc + 3]!;
          const tok = t < end ? tokens[t] : undefined;
          if (tok !== undefined) {
            r = tryKeyed(at, size, byKey, tok.id, tokens, t, end, frame);
            if (r < 0 && tok.altId >= 0) r = tryKeyed(at, size, byKey, tok.altId, tokens, t, end, frame);
            const key = r < 0 ? classIdOf(tok) : -1;
            if (key >= 0) r = tryKeyed(at, size, byKey, key, tokens, t, end, frame);
          }
          if (r < 0) r = tryOptions(code[pc + 5]!, tokens, t, end, frame);
        } else r = tryOptions(code[pc + 6]!, tokens, t, end, frame);
        if (r >= 0) return r;
        if (code[pc + 1] === 0) return -1;
        pc = next;
        continue;
      }
    }
  }
}

/** Match the program at `pc` starting at token t, not past token `end`; the end index or -1. */
export function matchProgram(pc: number, tokens: readonly Token[], t: number, end: number): number {
  const r = run(pc, tokens, t, end, null);
  // A pattern made only of optional parts could match nothing; that is never a finding.
  return r > t ? r : -1;
}

/** Match a parsed pattern starting at token t, not past token `end`; the end index or -1. */
export function matchAt(els: readonly El[], tokens: readonly Token[], t: number, end: number): number {
  return matchProgram(programOf(els), tokens, t, end);
}
