// The rule engine: runs a compiled rule set (engine-compile.ts) over a tokenised document. Two rule
// kinds: phrase patterns over tokens, tried where the index says their words are, and regexes over
// the normalised text as a last resort; then each hit's conditions.
import { flag, subjectOf, type Hit } from './context.js';
import {
  SENTENCE_SCOPED,
  WORD_STRIDE,
  type CompiledCond,
  type CompiledRule,
  type CondPattern,
  type Engine,
} from './engine-compile.js';
import { classIdOf, keyIndex, type KeyRun } from './pattern.js';
import { matcherSteps, matchProgram } from './program.js';
import { findSorted } from './sorted-run.js';
import type { Doc } from './structure.js';
import type { Token } from './tokenize.js';
import type { Component, Finding, Kind } from './types.js';

export { compileEngine, type Engine } from './engine-compile.js';

export interface EngineResult {
  findings: Finding[];
  components: Set<Component>;
}

// The cost meter (scripts/rule-cost.ts): the matcher steps each pattern takes, and those its rule's
// conditions take; a regex counts one per word of the message. Counting steps rather than time gives
// the same figure on a busy machine. Off (null) in use.
let meter: Float64Array | null = null;
let meterSlot = 0;

/** Start counting the engine's work per slot (see Engine.slots); the array fills as messages run. */
export function startMeter(engine: Engine): Float64Array {
  meter = new Float64Array(engine.slots);
  return meter;
}

export function stopMeter(): void {
  meter = null;
}

/** Charge a slot the matcher steps taken since `before`, when metering. */
function charge(slot: number, before: number): void {
  if (meter !== null) meter[slot]! += matcherSteps() - before;
}

// Messages are numbered from 1 across calls, so lastEndIn needs clearing only when the number would
// overflow.
let lastMessage = 0;
function nextMessage({ lastEndIn }: Engine): number {
  if (lastMessage === 0x7fffffff) {
    lastEndIn.fill(0);
    lastMessage = 0;
  }
  return ++lastMessage;
}

// Sentence stamps count up across calls so `seen` never needs clearing; when they would overflow,
// the array is cleared once and counting starts again.
let lastStamp = 0;
function nextStamp({ seen, groupSeen }: Engine): number {
  if (lastStamp === 0x7fffffff) {
    seen.fill(0);
    groupSeen.fill(0);
    lastStamp = 0;
  }
  return ++lastStamp;
}

/** Whether a token is one of a pattern's possible first words (or of its word class). */
function startsWith(first: KeyRun, tok: Token): boolean {
  return (
    keyIndex(first, tok.id) >= 0 || keyIndex(first, tok.altId) >= 0 || keyIndex(first, classIdOf(tok)) >= 0
  );
}

/**
 * Whether the condition's pattern matches somewhere in tokens [from, to) (matches may run to
 * `limit`).
 */
function scan(doc: Doc, pat: CondPattern, from: number, to: number, limit: number): boolean {
  const { pc, first } = pat;
  const tokens = doc.tokens;
  for (let t = from; t < to; t++) {
    if (first !== null && !startsWith(first, tokens[t]!)) continue;
    const before = matcherSteps();
    const end = matchProgram(pc, tokens, t, limit);
    charge(meterSlot, before);
    if (end > 0) return true;
  }
  return false;
}

/** Where a pattern matches in the whole message: the earliest end and the latest start (-1: nowhere). */
interface Spread {
  minEnd: number;
  maxStart: number;
}

// Message-wide conditions are answered once per message, not once per hit: a long message has
// hits in proportion to its length, and scanning all of it for each would be quadratic.
let spreads = new Map<CondPattern, Spread>();

function spreadOf(doc: Doc, pat: CondPattern): Spread {
  let spread = spreads.get(pat);
  if (spread !== undefined) return spread;
  spread = { minEnd: -1, maxStart: -1 };
  const tokens = doc.tokens;
  const before = matcherSteps();
  for (const sk of doc.sentences) {
    for (let t = sk.first; t < sk.end; t++) {
      if (pat.first !== null && !startsWith(pat.first, tokens[t]!)) continue;
      const end = matchProgram(pat.pc, tokens, t, sk.end);
      if (end <= 0) continue;
      if (spread.minEnd < 0 || end < spread.minEnd) spread.minEnd = end;
      spread.maxStart = t;
    }
  }
  charge(meterSlot, before);
  spreads.set(pat, spread);
  return spread;
}

// The sentence the scan is in, whose words are stamped in `seen` (see runEngine): a condition that
// looks only inside that sentence and needs a word it lacks is false without a scan. Its stamp is
// lastStamp; -1 while the regex rules run, whose hits may lie in any sentence.
const stamped: { sentence: number; engine: Engine | null } = { sentence: -1, engine: null };

/** Whether the sentence stamped `stamp` holds one word of each of the lists at `at` in Engine.needs. */
function holdsWords(engine: Engine, at: number, stamp: number): boolean {
  const { needs, groupSeen, commonsAt, commons, seen } = engine;
  const count = needs[at]!;
  for (let i = at + 1; i <= at + count; i++) {
    const g = needs[i]!;
    const mark = groupSeen[g]!;
    if (mark === stamp) continue;
    const c = commonsAt[g]!;
    if (c < 0 || mark === -stamp) return false;
    // Only its common words are left to look for: the others would have marked it.
    let found = false;
    for (let n = c + 1; n <= c + commons[c]! && !found; n++) found = seen[commons[n]!] === stamp;
    groupSeen[g] = found ? stamp : -stamp;
    if (!found) return false;
  }
  return true;
}

function holds(doc: Doc, hit: Hit, c: CompiledCond): boolean {
  switch (c.t) {
    case 'flag':
      return flag(doc, hit, c.name);
    case 'subject':
      return c.set.has(subjectOf(doc, hit));
    case 'component':
      // Checked after the scan (see runEngine); never reached here.
      return false;
    case 'pattern': {
      const s = doc.sentenceOf[hit.first]!;
      const sentence = doc.sentences[s]!;
      if (
        s === stamped.sentence &&
        SENTENCE_SCOPED.has(c.where) &&
        !holdsWords(stamped.engine!, c.pat.needs, lastStamp)
      )
        return false;
      switch (c.where) {
        case 'clause_has': {
          const clause = doc.clauses[doc.clauseOf[hit.first]!]!;
          return scan(doc, c.pat, clause.first, clause.end, Math.max(clause.end, hit.end));
        }
        case 'sentence_has':
          return scan(doc, c.pat, sentence.first, sentence.end, sentence.end);
        case 'before':
          return scan(doc, c.pat, sentence.first, hit.first, hit.first);
        case 'after':
          return scan(doc, c.pat, hit.end, sentence.end, sentence.end);
        case 'message_has':
          return spreadOf(doc, c.pat).minEnd >= 0;
        case 'elsewhere': {
          // A second cue anywhere in the message, not the match itself: one that ends before the
          // hit starts or starts after it ends.
          const { minEnd, maxStart } = spreadOf(doc, c.pat);
          return (minEnd >= 0 && minEnd <= hit.first) || maxStart >= hit.end;
        }
        case 'followed_by': {
          const before = matcherSteps();
          const found =
            hit.end < sentence.end && matchProgram(c.pat.pc, doc.tokens, hit.end, sentence.end) > 0;
          charge(meterSlot, before);
          return found;
        }
        case 'preceded_by': {
          const before = matcherSteps();
          let found = false;
          for (let t = hit.first - 1; t >= sentence.first && !found; t--)
            found = matchProgram(c.pat.pc, doc.tokens, t, hit.first) === hit.first;
          charge(meterSlot, before);
          return found;
        }
        case 'nearby': {
          // Scan sentence by sentence so a match never straddles a sentence boundary.
          for (let k = Math.max(0, s - 1); k <= Math.min(doc.sentences.length - 1, s + 1); k++) {
            const sk = doc.sentences[k]!;
            if (scan(doc, c.pat, sk.first, sk.end, sk.end)) return true;
          }
          return false;
        }
      }
    }
  }
}

function passes(doc: Doc, hit: Hit, rule: CompiledRule): boolean {
  if (meter !== null) meterSlot = rule.slot + rule.def.pattern.length;
  for (const c of rule.when) if (!holds(doc, hit, c)) return false;
  for (const c of rule.unless) if (holds(doc, hit, c)) return false;
  return true;
}

function allowed(rule: CompiledRule, kind: Kind): boolean {
  return rule.def.kinds === undefined || rule.def.kinds.includes(kind);
}

function toFinding(doc: Doc, rule: CompiledRule, start: number, end: number): Finding {
  const def = rule.def;
  const f: Finding = {
    category: def.category!,
    ruleId: def.id,
    severity: def.severity!,
    start,
    end,
    message: def.message!,
  };
  if (def.suggestion !== undefined) f.suggestion = def.suggestion;
  return f;
}

/** Lowercase ASCII and straighten quotes without changing any offset. */
function normalizeText(text: string): string {
  return text.replace(/[A-Z\u2019\u2018\u201c\u201d]/g, (ch) => {
    if (ch === '\u2019' || ch === '\u2018') return "'";
    if (ch === '\u201c' || ch === '\u201d') return '"';
    return ch.toLowerCase();
  });
}

function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Pending {
  rule: CompiledRule;
  start: number;
  end: number;
}

function record(
  doc: Doc,
  rule: CompiledRule,
  start: number,
  end: number,
  out: EngineResult,
  pending: Pending[],
): void {
  const def = rule.def;
  if (def.component) out.components.add(def.component);
  else if (rule.whenComponents.length + rule.unlessComponents.length > 0) pending.push({ rule, start, end });
  else out.findings.push(toFinding(doc, rule, start, end));
}

// A finding that depends on the message's apology components ("sorry" is vague only when nothing
// specific is named anywhere) is decided once every component rule has had its chance.
function settle(doc: Doc, pending: Pending[], out: EngineResult): void {
  const present = (any: readonly Component[]): boolean => any.some((c) => out.components.has(c));
  for (const { rule, start, end } of pending) {
    if (!rule.whenComponents.every(present) || rule.unlessComponents.some(present)) continue;
    out.findings.push(toFinding(doc, rule, start, end));
  }
}

/** Where `id` is in the run at `at` in Engine.follow (three cells an item): its item's offset, or -1. */
function find(runs: Int32Array, at: number, id: number): number {
  const i = findSorted(runs, at + 1, runs[at]! / 3, 3, id);
  return i < 0 ? -1 : at + 1 + 3 * i;
}

// Per token of the message being scanned, its word's row in Engine.words and its second reading's
// (-1: none); grown as longer messages come, never shrunk.
let rows = new Int32Array(1024);
let altRows = new Int32Array(1024);

/** Run every rule that applies to `kind` over the document. */
export function runEngine(engine: Engine, doc: Doc, kind: Kind): EngineResult {
  const out: EngineResult = { findings: [], components: new Set() };
  spreads = new Map();
  const pending: Pending[] = [];
  // Where each rule's last match in this message ended, so a rule never matches inside its own
  // match. Kept on the engine and valid only under this message's number: a fresh array per message
  // was a measurable share of a short message's time, and nothing needs clearing (even after a throw).
  const { lastEnd, lastEndIn } = engine;
  const message = nextMessage(engine);
  const tokens = doc.tokens;
  const { words, lists, follow, entries, entryNeeds, seen, marksAt, marks, groupSeen } = engine;
  if (rows.length < tokens.length) {
    rows = new Int32Array(tokens.length * 2);
    altRows = new Int32Array(tokens.length * 2);
  }
  const rowOf = (id: number): number => (id >= 0 && id * WORD_STRIDE < words.length ? id * WORD_STRIDE : -1);
  // A required word in the sentence: it and every list it marks are held.
  const see = (row: number): void => {
    const id = words[row]!;
    if (id < 0 || seen[id] === stamp) return;
    seen[id] = stamp;
    const at = marksAt[id]!;
    for (let i = at + 1; i <= at + marks[at]!; i++) groupSeen[marks[i]!] = stamp;
  };
  let stamp = 0;
  const tryEntry = (e: number, t: number, limit: number): void => {
    if (!holdsWords(engine, entryNeeds[e]!, stamp)) return;
    const { rule, pc, slot } = entries[e]!;
    if ((lastEndIn[rule.index] === message && t < lastEnd[rule.index]!) || !allowed(rule, kind)) return;
    const comp = rule.def.component;
    if (comp && out.components.has(comp)) return;
    const before = matcherSteps();
    const end = matchProgram(pc, tokens, t, limit);
    charge(slot, before);
    if (end < 0) return;
    const hit = { first: t, end };
    if (!passes(doc, hit, rule)) return;
    lastEnd[rule.index] = end;
    lastEndIn[rule.index] = message;
    record(doc, rule, tokens[t]!.start, tokens[end - 1]!.end, out, pending);
  };
  const tryList = (at: number, t: number, limit: number): void => {
    const end = at + lists[at]!;
    for (let i = at + 1; i < end; i += 2) {
      const gate = lists[i + 1]!;
      if (gate < 0 || groupSeen[gate] === stamp) tryEntry(lists[i]!, t, limit);
    }
  };
  // After the first word, the second (by its id, its second reading's or its class's), then the third.
  const tryFollowing = (at: number, tok: Token, t: number, limit: number, depth: number): void => {
    tryAfter(find(follow, at, tok.id), t, limit, depth);
    if (tok.altId >= 0) tryAfter(find(follow, at, tok.altId), t, limit, depth);
    const key = classIdOf(tok);
    if (key >= 0) tryAfter(find(follow, at, key), t, limit, depth);
  };
  const tryAfter = (at: number, t: number, limit: number, depth: number): void => {
    if (at < 0) return;
    const own = follow[at + 1]!;
    if (own >= 0) tryList(own, t, limit);
    const next = follow[at + 2]!;
    if (next >= 0 && depth === 2 && t + 2 < limit) tryFollowing(next, tokens[t + 2]!, t, limit, 3);
  };
  // `first` is the id the word was looked up by: its own, its second reading's or its class's.
  const tryWord = (row: number, first: number, next: Token | undefined, t: number, limit: number): void => {
    if (row < 0) return;
    const single = words[row + 1]!;
    if (single >= 0) tryList(single, t, limit);
    const pairs = words[row + 2]!;
    if (next !== undefined && pairs >= 0) tryFollowing(pairs, next, t, limit, 2);
  };
  let sentence = -1;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const s = doc.sentenceOf[t]!;
    const limit = doc.sentences[s]!.end;
    if (s !== sentence) {
      sentence = s;
      stamp = nextStamp(engine);
      stamped.sentence = s;
      stamped.engine = engine;
      for (let u = t; u < limit; u++) {
        const x = tokens[u]!;
        const row = rowOf(x.id);
        rows[u] = row;
        if (row >= 0) see(row);
        const alt = x.alt === undefined ? -1 : rowOf(x.altId);
        altRows[u] = alt;
        if (alt >= 0) see(alt);
      }
    }
    const next = t + 1 < limit ? tokens[t + 1] : undefined;
    tryWord(rows[t]!, tok.id, next, t, limit);
    if (tok.alt !== undefined) tryWord(altRows[t]!, tok.altId, next, t, limit);
    const key = classIdOf(tok);
    if (key >= 0) tryWord(rowOf(key), key, next, t, limit);
    for (const x of engine.byPrefix) if (tok.w.startsWith(x.p)) tryEntry(x.entry, t, limit);
    for (const e of engine.always) tryEntry(e, t, limit);
  }
  stamped.sentence = -1;
  const norm = engine.regexRules.length > 0 && tokens.length > 0 ? normalizeText(doc.text) : null;
  if (norm !== null && (engine.regexGate === null || engine.regexGate.test(norm))) {
    for (const rule of engine.regexRules) {
      if (!allowed(rule, kind)) continue;
      for (const [p, re] of rule.regexes.entries()) {
        if (meter !== null) meter[rule.slot + p]! += tokens.length;
        re.lastIndex = 0;
        for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
          if (m[0].length === 0) {
            re.lastIndex += 1;
            continue;
          }
          const start = m.index;
          const end = start + m[0].length;
          const first = tokenAt(doc, start);
          const hit = { first, end: Math.max(first + 1, tokenAt(doc, end - 1) + 1) };
          if (passes(doc, hit, rule)) record(doc, rule, start, end, out, pending);
        }
      }
    }
  }
  settle(doc, pending, out);
  return out;
}
