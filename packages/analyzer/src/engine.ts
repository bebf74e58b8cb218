// The rule engine: compiles a rule set once (patterns, an index by first word) and runs it over a
// tokenised document. Two rule kinds: phrase patterns over tokens, and regexes over the normalised
// text as a last resort.
//
// The index is flat: lists of patterns, the words each needs and the word lists themselves live in a
// few typed arrays, addressed by offsets. The scan looks at about twelve index entries per word and
// tries fewer than one; with an object per entry and per list, reaching them (from all over a
// 100 MB heap) was most of its time.
import { flag, subjectOf, type Hit } from './context.js';
import {
  anchoredAtEnd,
  classIdOf,
  COMMON,
  firstWords,
  keep,
  keyIndex,
  leadingWords,
  parsePattern,
  requiredWords,
  type El,
  type KeyRun,
} from './pattern.js';
import type {
  Condition,
  PatternCondition,
  ShippedRule,
  ShippedRuleSet,
  Subject,
  Flag,
} from './rules/schema.js';
import { matcherSteps, matchProgram, programOf } from './program.js';
import { anyOfRegexes } from './regex-gate.js';
import type { Doc } from './structure.js';
import type { Token } from './tokenize.js';
import type { Component, Finding, Kind } from './types.js';
import { wordId } from './vocabulary.js';

type CompiledCond =
  | { t: 'flag'; name: Flag }
  | { t: 'subject'; set: ReadonlySet<Subject> }
  | { t: 'component'; any: readonly Component[] }
  | { t: 'pattern'; where: PatternCondition; pat: CondPattern };

/** A condition's pattern with the words it can start with (null: any word), to skip most tokens. */
interface CondPattern {
  /** Its program (program.ts). */
  pc: number;
  /** Word ids (vocabulary.ts), class ids included; null: any word. */
  first: KeyRun | null;
  /** The word lists a sentence must hold one word of each of for it to match there (Engine.needs). */
  needs: number;
}

interface CompiledRule {
  index: number;
  def: ShippedRule;
  patterns: El[][];
  regexes: RegExp[];
  when: CompiledCond[];
  unless: CompiledCond[];
  /** Conditions on the message's components, which are only known once the whole scan is done. */
  whenComponents: Component[][];
  unlessComponents: Component[][];
  /** Its first slot in a cost meter: one per pattern, then one for its conditions. */
  slot: number;
}

/** One pattern of one rule: what an index list points at, by its number. */
interface Entry {
  rule: CompiledRule;
  /** The pattern's program (program.ts). */
  pc: number;
  /** Its slot in a cost meter. */
  slot: number;
}

/** Per word id, three cells in Engine.words. */
const WORD_STRIDE = 3;

export interface Engine {
  rules: CompiledRule[];
  entries: Entry[];
  /**
   * Every index list, one after another: a list at offset `at` takes the lists[at] cells after it,
   * two per entry, the entry's number and its gate: the first of the word lists it needs (Engine.needs)
   * that its index key does not already guarantee and that has no common word, or -1. The gate is
   * checked before the entry is tried at all, since most entries under a common word fail it.
   */
  lists: Int32Array;
  /**
   * Per word id: its required-word id (or -1 when no pattern needs it), its single-word list (or -1)
   * and the run of words that can follow it in Engine.follow (or -1). Words named after the engine was
   * compiled (a model's) are past its end.
   */
  words: Int32Array;
  /**
   * Patterns keyed by their first two or three words, as runs of the words that can follow: a run
   * at offset `at` takes the follow[at] cells after it, three per word, sorted by word id: the word,
   * the list of patterns keyed by the words so far and it (or -1), and the run of the words that can
   * follow those (or -1). Sorted runs in one array, searched by halves, take an eighth of the
   * memory hash tables did, and the runs of common words stay in the cache.
   */
  follow: Int32Array;
  /**
   * Sets of word lists to hold, one after another: at an entry's or condition's offset, how many,
   * then the lists (by number), those that rarely rule a sentence out last.
   */
  needs: Int32Array;
  /** Per entry, its offset in `needs`. */
  entryNeeds: Int32Array;
  /** Per required-word id, the stamp of the last sentence that held the word. */
  seen: Int32Array;
  /** Per required-word id, an offset in `marks`: how many lists it marks, then the lists. */
  marksAt: Int32Array;
  /**
   * The word lists each required word is in, by `marksAt`. A common word ("you", "the") is in
   * hundreds of lists, so it marks none of them: a list that has one is checked for its common
   * words when asked (its other words have marked it already), and minus the stamp records a
   * sentence that lacks them all.
   */
  marks: Int32Array;
  /** Per list, the stamp of the last sentence that held one of its words. */
  groupSeen: Int32Array;
  /** Per list, an offset in `commons` (how many common words it has, then their ids), or -1. */
  commonsAt: Int32Array;
  commons: Int32Array;
  /** Patterns that start with a prefix ("suicid*"), checked with startsWith. */
  byPrefix: { p: string; entry: number }[];
  /** Patterns that can start with any word. */
  always: number[];
  regexRules: CompiledRule[];
  /** Matches wherever any regex rule could (see regex-gate.ts); null: run them all. */
  regexGate: RegExp | null;
  /** Cost-meter slots: one per pattern of each rule, then one for the rule's conditions. */
  slots: number;
  /** Per rule, where its last match ended, and in which message (see nextMessage). */
  lastEnd: Int32Array;
  lastEndIn: Int32Array;
}

export interface EngineResult {
  findings: Finding[];
  components: Set<Component>;
}

function keyRun(ids: number[]): KeyRun {
  const run = { at: 0, size: 0 };
  keep(run, ids);
  return run;
}

function compileCond(
  c: Condition,
  lexicons: ShippedRuleSet['lexicons'],
  need: (els: El[]) => number,
): CompiledCond {
  if (typeof c === 'string') return { t: 'flag', name: c };
  if ('subject' in c) return { t: 'subject', set: new Set(c.subject) };
  if ('has_component' in c) return { t: 'component', any: c.has_component };
  const [where, source] = Object.entries(c)[0] as [PatternCondition, string];
  const parsed = parsePattern(source, lexicons);
  // preceded_by asks for a match that ends right at the hit; anchoring it lets every alternative be
  // tried ("(please|please just)" before "hear me out"), not only the first that matches at all.
  const els = where === 'preceded_by' ? anchoredAtEnd(parsed) : parsed;
  const first = firstWords(els);
  return {
    t: 'pattern',
    where,
    pat: { pc: programOf(els), first: first && keyRun([...first].map(wordId)), needs: need(els) },
  };
}
// Conditions are pure, so their order never changes a result; the cheap ones go first so a hit
// is usually settled before any scan of the sentence or the message.
const COND_COST: Record<PatternCondition, number> = {
  followed_by: 2,
  preceded_by: 3,
  before: 4,
  after: 4,
  clause_has: 4,
  sentence_has: 5,
  nearby: 6,
  message_has: 7,
  elsewhere: 7,
};
function condCost(c: CompiledCond): number {
  return c.t === 'pattern' ? COND_COST[c.where] : c.t === 'subject' ? 1 : 0;
}

const componentLists = (conds: CompiledCond[]): Component[][] =>
  conds.flatMap((c) => (c.t === 'component' ? [[...c.any]] : []));
function withoutComponents(conds: CompiledCond[]): CompiledCond[] {
  return conds.filter((c) => c.t !== 'component');
}
function byCost(conds: CompiledCond[]): CompiledCond[] {
  return conds
    .map((c, i) => ({ c, i }))
    .sort((a, b) => condCost(a.c) - condCost(b.c) || a.i - b.i)
    .map((x) => x.c);
}

/** The conditions that look only inside the hit's sentence (the others: nearby, message-wide). */
const SENTENCE_SCOPED: ReadonlySet<PatternCondition> = new Set([
  'followed_by',
  'preceded_by',
  'before',
  'after',
  'clause_has',
  'sentence_has',
]);

/** Appends lists of integers to one array, each as its length then its items; gives its offset. */
class Packer {
  private cells = new Int32Array(1024);
  private used = 0;
  /** Room for a list of `count` items; returns its offset, for put() to fill. */
  open(count: number): number {
    while (this.used + count + 1 > this.cells.length) {
      const bigger = new Int32Array(this.cells.length * 2);
      bigger.set(this.cells);
      this.cells = bigger;
    }
    const at = this.used;
    this.cells[at] = count;
    this.used += count + 1;
    return at;
  }
  put(at: number, i: number, value: number): void {
    this.cells[at + 1 + i] = value;
  }
  add(items: ArrayLike<number>): number {
    const at = this.open(items.length);
    for (let i = 0; i < items.length; i++) this.cells[at + 1 + i] = items[i]!;
    return at;
  }
  /** The items of the list at `at`. */
  at(at: number): number[] {
    return Array.from(this.cells.subarray(at + 1, at + 1 + this.cells[at]!));
  }
  pack(): Int32Array {
    return this.cells.slice(0, this.used);
  }
}

/** Compile a rule set; throws PatternError on a bad pattern (validated rule sets never do). */
export function compileEngine(set: ShippedRuleSet): Engine {
  const rules: CompiledRule[] = [];
  const entries: Entry[] = [];
  const entryNeeds: number[] = [];
  const gates: number[] = [];
  let slots = 0;
  // Built as maps of entry numbers, then packed: ids for the words patterns require; patterns keyed
  // by one word; and patterns keyed by their first two (and third) words.
  const requiredIds = new Map<string, number>();
  const byWord = new Map<string, number[]>();
  const byPair = new Map<
    string,
    { w1: string; w2: string; entries: number[]; thirds: Map<string, number[]> }
  >();
  const byPrefix: { p: string; entry: number }[] = [];
  const always: number[] = [];
  const groupIds = new Map<string, number>();
  const groups: number[][] = [];
  const commonCounts: number[] = [];
  const needs = new Packer();
  // requiredWords gives a lexicon's list as the same array each time: known arrays skip the key.
  const groupOfList = new Map<string[], number>();
  const group = (anyOf: string[]): number => {
    const known = groupOfList.get(anyOf);
    if (known !== undefined) return known;
    const key = anyOf.length === 1 ? anyOf[0]! : [...anyOf].sort().join(' ');
    let g = groupIds.get(key);
    if (g === undefined) {
      groupIds.set(key, (g = groups.length));
      // Common words first: only they are looked for when the list is asked about (holdsWords).
      const ordered = [...anyOf].sort((a, b) => Number(COMMON.has(b)) - Number(COMMON.has(a)));
      groups.push(
        ordered.map((w) => {
          let id = requiredIds.get(w);
          if (id === undefined) requiredIds.set(w, (id = requiredIds.size));
          return id;
        }),
      );
      commonCounts.push(anyOf.filter((w) => COMMON.has(w)).length);
    }
    groupOfList.set(anyOf, g);
    return g;
  };
  const groupsNeeded = (els: El[]): number[] => requiredWords(els).map(group);
  const add = <K>(map: Map<K, number[]>, key: K, entry: number): void => {
    const list = map.get(key);
    if (list) {
      if (!list.includes(entry)) list.push(entry);
    } else map.set(key, [entry]);
  };
  set.rules.forEach((def, index) => {
    const rule: CompiledRule = {
      index,
      def,
      patterns: def.kind === 'phrase' ? def.pattern.map((p) => parsePattern(p, set.lexicons)) : [],
      regexes: def.kind === 'regex' ? def.pattern.map((p) => new RegExp(p, 'g')) : [],
      when: [],
      unless: [],
      whenComponents: [],
      unlessComponents: [],
      slot: slots,
    };
    slots += def.pattern.length + 1;
    const need = (els: El[]): number => needs.add(groupsNeeded(els));
    const when = byCost((def.when ?? []).map((c) => compileCond(c, set.lexicons, need)));
    const unless = byCost((def.unless ?? []).map((c) => compileCond(c, set.lexicons, need)));
    rule.when = withoutComponents(when);
    rule.unless = withoutComponents(unless);
    rule.whenComponents = componentLists(when);
    rule.unlessComponents = componentLists(unless);
    rules.push(rule);
    // A condition the rule needs that looks only inside the hit's sentence needs its words there too,
    // so the sentence is checked for them before the pattern is tried at all.
    const inSentence = rule.when.flatMap((c) =>
      c.t === 'pattern' && SENTENCE_SCOPED.has(c.where) ? needs.at(c.pat.needs) : [],
    );
    for (const [p, els] of rule.patterns.entries()) {
      const needed = [...new Set([...groupsNeeded(els), ...inSentence])];
      const keys = leadingWords(els, 3) ?? leadingWords(els, 2);
      const first = keys ? null : firstWords(els);
      const keyIds = new Set<number | undefined>();
      for (const key of keys ?? []) for (const w of key) keyIds.add(requiredIds.get(w));
      for (const w of first ?? []) keyIds.add(requiredIds.get(w));
      const entry = entries.length;
      entries.push({ rule, pc: programOf(els), slot: rule.slot + p });
      entryNeeds.push(needs.add(needed));
      gates.push(needed.find((g) => commonCounts[g] === 0 && !groups[g]!.some((id) => keyIds.has(id))) ?? -1);
      const head = els[0]!;
      if (keys) {
        for (const key of keys) {
          const [w1, w2, w3] = key as [string, string | undefined, string | undefined];
          if (w2 === undefined) {
            add(byWord, w1, entry);
            continue;
          }
          const pairKey = `${w1} ${w2}`;
          let node = byPair.get(pairKey);
          if (!node) byPair.set(pairKey, (node = { w1, w2, entries: [], thirds: new Map() }));
          if (w3 === undefined) {
            if (!node.entries.includes(entry)) node.entries.push(entry);
          } else add(node.thirds, w3, entry);
        }
      } else if (first) {
        for (const w of first) add(byWord, w, entry);
      } else if (head.t === 'pre') byPrefix.push({ p: head.w, entry });
      else always.push(entry);
    }
  });
  // Each list as its length, then its entries with their gates. Most lists are one entry, the same
  // one under many third words (a lexicon's), and are stored once.
  const lists = new Packer();
  const single = new Map<number, number>();
  const list = (of: number[]): number => {
    const known = of.length === 1 ? single.get(of[0]!) : undefined;
    if (known !== undefined) return known;
    const at = lists.open(2 * of.length);
    of.forEach((e, i) => {
      lists.put(at, 2 * i, e);
      lists.put(at, 2 * i + 1, gates[e]!);
    });
    if (of.length === 1) single.set(of[0]!, at);
    return at;
  };
  // A word's pairs, and a pair's third words, as runs sorted by word id (see Engine.follow).
  const follow = new Packer();
  const run = (items: { id: number; list: number; next: number }[]): number => {
    const at = follow.open(3 * items.length);
    items
      .sort((a, b) => a.id - b.id)
      .forEach(({ id, list, next }, i) => {
        follow.put(at, 3 * i, id);
        follow.put(at, 3 * i + 1, list);
        follow.put(at, 3 * i + 2, next);
      });
    return at;
  };
  const pairsOf = new Map<string, { id: number; list: number; next: number }[]>();
  for (const { w1, w2, entries: own, thirds: byThird } of byPair.values()) {
    const thirds = [...byThird].map(([w3, of]) => ({ id: wordId(w3), list: list(of), next: -1 }));
    const item = {
      id: wordId(w2),
      list: own.length > 0 ? list(own) : -1,
      next: thirds.length > 0 ? run(thirds) : -1,
    };
    const items = pairsOf.get(w1);
    if (items) items.push(item);
    else pairsOf.set(w1, [item]);
  }
  const wordsIndexed = new Set([...requiredIds.keys(), ...byWord.keys(), ...pairsOf.keys()]);
  const lastId = [...wordsIndexed].reduce((max, w) => Math.max(max, wordId(w)), -1);
  const words = new Int32Array(WORD_STRIDE * (lastId + 1)).fill(-1);
  for (const w of wordsIndexed) {
    const at = WORD_STRIDE * wordId(w);
    words[at] = requiredIds.get(w) ?? -1;
    const single = byWord.get(w);
    words[at + 1] = single === undefined ? -1 : list(single);
    const pairs = pairsOf.get(w);
    words[at + 2] = pairs === undefined ? -1 : run(pairs);
  }
  // Which lists each required word marks when a sentence holds it: all it is in, if not common.
  const marked: number[][] = Array.from({ length: requiredIds.size }, () => []);
  groups.forEach((ids, g) => {
    for (let i = commonCounts[g]!; i < ids.length; i++) marked[ids[i]!]!.push(g);
  });
  const marks = new Packer();
  const commons = new Packer();
  const regexRules = rules.filter((r) => r.def.kind === 'regex');
  return {
    rules,
    entries,
    lists: lists.pack(),
    words,
    follow: follow.pack(),
    needs: needs.pack(),
    entryNeeds: Int32Array.from(entryNeeds),
    seen: new Int32Array(requiredIds.size),
    marksAt: Int32Array.from(marked, (of) => marks.add(of)),
    marks: marks.pack(),
    groupSeen: new Int32Array(groups.length),
    commonsAt: Int32Array.from(groups, (ids, g) =>
      commonCounts[g] === 0 ? -1 : commons.add(ids.slice(0, commonCounts[g]!)),
    ),
    commons: commons.pack(),
    byPrefix,
    always,
    regexRules,
    regexGate: anyOfRegexes(regexRules.flatMap((r) => r.def.pattern)),
    slots,
    lastEnd: new Int32Array(set.rules.length),
    lastEndIn: new Int32Array(set.rules.length),
  };
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

/** Where `id` is in the run at `at` (stride 3, sorted): the offset of its cell, or -1. */
function find(runs: Int32Array, at: number, id: number): number {
  let lo = 0;
  let hi = runs[at]! / 3;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const here = runs[at + 1 + 3 * mid]!;
    if (here === id) return at + 1 + 3 * mid;
    if (here < id) lo = mid + 1;
    else hi = mid;
  }
  return -1;
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
