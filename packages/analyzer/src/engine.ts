// The rule engine: compiles a rule set once (patterns, an index by first word) and runs it over a
// tokenised document. Two rule kinds: phrase patterns over tokens, and regexes over the normalised
// text as a last resort.
import { flag, subjectOf, type Hit } from './context.js';
import {
  anchoredAtEnd,
  classIdOf,
  COMMON,
  firstWords,
  leadingWords,
  matchAt,
  matcherSteps,
  parsePattern,
  requiredWords,
  type El,
} from './pattern.js';
import type {
  Condition,
  PatternCondition,
  ShippedRule,
  ShippedRuleSet,
  Subject,
  Flag,
} from './rules/schema.js';
import { PairTable } from './pair-table.js';
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
  els: El[];
  /** Word ids (vocabulary.ts), class ids included. */
  first: Set<number> | null;
  /** Word lists a sentence must hold one word of each of for it to match there, as for an Entry. */
  needs: Int32Array;
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

/** Patterns that start with one pair of words: those keyed by the pair, and by a third word. */
interface PairNode {
  entries: Entry[];
  /** Its key in Engine.thirds, or -1 when no pattern of the pair is keyed by a third word. */
  n: number;
}

/** What the scan needs to know about one word. */
interface WordIndex {
  /** Its id in `seen`, or -1 when no pattern needs it. */
  id: number;
  /** Patterns keyed by this word alone. */
  single: Entry[] | undefined;
  /** Whether Engine.pairs has patterns that start with this word. */
  pairs: boolean;
}

/** One pattern of one rule: the unit the index points at. */
interface Entry {
  rule: CompiledRule;
  els: El[];
  /** Its slot in a cost meter. */
  slot: number;
  /** Word lists the sentence must hold one word of each of, as indexes into Engine.groups. */
  needs: Int32Array;
  /**
   * The first of those lists that its index key does not already guarantee and that has no common
   * word, or -1: checked before the entry is tried at all, since most entries under a common word
   * fail it.
   */
  gate: number;
}

export interface Engine {
  rules: CompiledRule[];
  /** Per required-word id, the stamp of the last sentence that held the word. */
  seen: Int32Array;
  /** The distinct word lists patterns need, as required-word ids (a lexicon is often one). */
  groups: Int32Array[];
  /** Per required-word id, the lists it is in (those without a common word). */
  groupsOf: Int32Array[];
  /**
   * Per list, the stamp of the last sentence that held one of its words. A list with a common word
   * ("you", "the") is not marked by its words, which are in hundreds of lists each: it is checked
   * word by word when asked, and minus the stamp records a sentence that lacks it.
   */
  groupSeen: Int32Array;
  /** Per list, whether it has a common word. */
  lazy: Uint8Array;
  /** Patterns keyed by their first two words, by the two words' ids. */
  pairs: PairTable<PairNode>;
  /** Patterns keyed by three words, by their pair's PairNode.n and the third word's id. */
  thirds: PairTable<Entry[]>;
  /** Everything the scan looks up by a word, by the word's id: one array read per token. */
  lookup: (WordIndex | undefined)[];
  /** Patterns that start with a prefix ("suicid*"), checked with startsWith. */
  byPrefix: { p: string; entry: Entry }[];
  /** Patterns that can start with any word. */
  always: Entry[];
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

function compileCond(
  c: Condition,
  lexicons: ShippedRuleSet['lexicons'],
  need: (els: El[]) => Int32Array,
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
    pat: { els, first: first && new Set([...first].map(wordId)), needs: need(els) },
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

/** Compile a rule set; throws PatternError on a bad pattern (validated rule sets never do). */
export function compileEngine(set: ShippedRuleSet): Engine {
  const engine: Engine = {
    rules: [],
    lookup: [],
    seen: new Int32Array(0),
    groups: [],
    groupsOf: [],
    groupSeen: new Int32Array(0),
    lazy: new Uint8Array(0),
    pairs: new PairTable(),
    thirds: new PairTable(),
    byPrefix: [],
    always: [],
    regexRules: [],
    regexGate: null,
    slots: 0,
    lastEnd: new Int32Array(set.rules.length),
    lastEndIn: new Int32Array(set.rules.length),
  };
  // Built here, then folded into `lookup`: ids for the words patterns require; patterns keyed by
  // one word; and patterns keyed by their first two (and third) words.
  const requiredIds = new Map<string, number>();
  const byWord = new Map<string, Entry[]>();
  const firstWordsOfPairs = new Set<string>();
  let nodes = 0;
  const groupIds = new Map<string, number>();
  const lazy: number[] = [];
  // requiredWords gives a lexicon's list as the same array each time: known arrays skip the key.
  const groupOfList = new Map<string[], number>();
  const group = (anyOf: string[]): number => {
    const known = groupOfList.get(anyOf);
    if (known !== undefined) return known;
    const key = anyOf.length === 1 ? anyOf[0]! : [...anyOf].sort().join(' ');
    let g = groupIds.get(key);
    if (g === undefined) {
      groupIds.set(key, (g = engine.groups.length));
      // Common words first: such a list is checked word by word, and they end the check soonest.
      const ordered = [...anyOf].sort((a, b) => Number(COMMON.has(b)) - Number(COMMON.has(a)));
      const ids = ordered.map((w) => {
        let id = requiredIds.get(w);
        if (id === undefined) requiredIds.set(w, (id = requiredIds.size));
        return id;
      });
      engine.groups.push(Int32Array.from(ids));
      lazy.push(anyOf.some((w) => COMMON.has(w)) ? 1 : 0);
    }
    groupOfList.set(anyOf, g);
    return g;
  };
  const need = (els: El[]): Int32Array => Int32Array.from(requiredWords(els), group);
  const add = <K>(map: Map<K, Entry[]>, key: K, entry: Entry): void => {
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
      slot: engine.slots,
    };
    engine.slots += def.pattern.length + 1;
    const when = byCost((def.when ?? []).map((c) => compileCond(c, set.lexicons, need)));
    const unless = byCost((def.unless ?? []).map((c) => compileCond(c, set.lexicons, need)));
    rule.when = withoutComponents(when);
    rule.unless = withoutComponents(unless);
    rule.whenComponents = componentLists(when);
    rule.unlessComponents = componentLists(unless);
    engine.rules.push(rule);
    if (def.kind === 'regex') engine.regexRules.push(rule);
    // A condition the rule needs that looks only inside the hit's sentence needs its words there too,
    // so the sentence is checked for them before the pattern is tried at all.
    const inSentence = rule.when.flatMap((c) =>
      c.t === 'pattern' && SENTENCE_SCOPED.has(c.where) ? [...c.pat.needs] : [],
    );
    for (const [p, els] of rule.patterns.entries()) {
      const needs = Int32Array.from(new Set([...need(els), ...inSentence]));
      const keys = leadingWords(els, 3) ?? leadingWords(els, 2);
      const first = keys ? null : firstWords(els);
      const keyIds = new Set<number | undefined>();
      for (const key of keys ?? []) for (const w of key) keyIds.add(requiredIds.get(w));
      for (const w of first ?? []) keyIds.add(requiredIds.get(w));
      const gate = needs.find((g) => lazy[g] === 0 && !engine.groups[g]!.some((id) => keyIds.has(id))) ?? -1;
      const entry = { rule, els, slot: rule.slot + p, needs, gate };
      const head = els[0]!;
      if (keys) {
        for (const key of keys) {
          const [w1, w2, w3] = key as [string, string | undefined, string | undefined];
          if (w2 === undefined) {
            add(byWord, w1, entry);
            continue;
          }
          firstWordsOfPairs.add(w1);
          let node = engine.pairs.get(wordId(w1), wordId(w2));
          if (!node) engine.pairs.set(wordId(w1), wordId(w2), (node = { entries: [], n: -1 }));
          if (w3 === undefined) {
            if (!node.entries.includes(entry)) node.entries.push(entry);
          } else {
            if (node.n < 0) node.n = nodes++;
            const list = engine.thirds.get(node.n, wordId(w3));
            if (!list) engine.thirds.set(node.n, wordId(w3), [entry]);
            else if (!list.includes(entry)) list.push(entry);
          }
        }
      } else if (first) {
        for (const w of first) add(byWord, w, entry);
      } else if (head.t === 'pre') engine.byPrefix.push({ p: head.w, entry });
      else engine.always.push(entry);
    }
  });
  engine.regexGate = anyOfRegexes(engine.regexRules.flatMap((r) => r.def.pattern));
  engine.seen = new Int32Array(requiredIds.size);
  engine.groupSeen = new Int32Array(engine.groups.length);
  const groupsOf: number[][] = Array.from({ length: requiredIds.size }, () => []);
  engine.lazy = Uint8Array.from(lazy);
  engine.groups.forEach((anyOf, g) => {
    if (lazy[g] === 0) anyOf.forEach((id) => groupsOf[id]!.push(g));
  });
  engine.groupsOf = groupsOf.map((list) => Int32Array.from(list));
  for (const w of new Set([...requiredIds.keys(), ...byWord.keys(), ...firstWordsOfPairs]))
    engine.lookup[wordId(w)] = {
      id: requiredIds.get(w) ?? -1,
      single: byWord.get(w),
      pairs: firstWordsOfPairs.has(w),
    };
  return engine;
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
function startsWith(first: Set<number>, tok: Token): boolean {
  return first.has(tok.id) || first.has(tok.altId) || first.has(classIdOf(tok));
}

/**
 * Whether the condition's pattern matches somewhere in tokens [from, to) (matches may run to
 * `limit`).
 */
function scan(doc: Doc, pat: CondPattern, from: number, to: number, limit: number): boolean {
  const { els, first } = pat;
  const tokens = doc.tokens;
  for (let t = from; t < to; t++) {
    if (first !== null && !startsWith(first, tokens[t]!)) continue;
    const before = matcherSteps();
    const end = matchAt(els, tokens, t, limit);
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
      const end = matchAt(pat.els, tokens, t, sk.end);
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

/** Whether the sentence stamped `stamp` holds one word of each of the engine's lists `needs`. */
function holdsWords({ groupSeen, lazy, groups, seen }: Engine, needs: Int32Array, stamp: number): boolean {
  for (let i = 0; i < needs.length; i++) {
    const g = needs[i]!;
    const mark = groupSeen[g]!;
    if (mark === stamp) continue;
    if (lazy[g] === 0 || mark === -stamp) return false;
    const anyOf = groups[g]!;
    let found = false;
    for (let n = 0; n < anyOf.length && !found; n++) found = seen[anyOf[n]!] === stamp;
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
          const found = hit.end < sentence.end && matchAt(c.pat.els, doc.tokens, hit.end, sentence.end) > 0;
          charge(meterSlot, before);
          return found;
        }
        case 'preceded_by': {
          const before = matcherSteps();
          let found = false;
          for (let t = hit.first - 1; t >= sentence.first && !found; t--)
            found = matchAt(c.pat.els, doc.tokens, t, hit.first) === hit.first;
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
  const { lookup, seen, groupsOf, groupSeen } = engine;
  // A required word in the sentence: it and every list it is in are held.
  const see = (id: number): void => {
    if (seen[id] === stamp) return;
    seen[id] = stamp;
    const lists = groupsOf[id]!;
    for (let i = 0; i < lists.length; i++) groupSeen[lists[i]!] = stamp;
  };
  // Each token's entry in `lookup` (and its second reading's), filled a sentence at a time.
  const words: (WordIndex | undefined)[] = new Array(tokens.length);
  const alts: (WordIndex | undefined)[] = new Array(tokens.length);
  let stamp = 0;
  const tryEntry = ({ rule, els, slot, needs }: Entry, t: number, limit: number): void => {
    if (!holdsWords(engine, needs, stamp)) return;
    if ((lastEndIn[rule.index] === message && t < lastEnd[rule.index]!) || !allowed(rule, kind)) return;
    const comp = rule.def.component;
    if (comp && out.components.has(comp)) return;
    const before = matcherSteps();
    const end = matchAt(els, tokens, t, limit);
    charge(slot, before);
    if (end < 0) return;
    const hit = { first: t, end };
    if (!passes(doc, hit, rule)) return;
    lastEnd[rule.index] = end;
    lastEndIn[rule.index] = message;
    record(doc, rule, tokens[t]!.start, tokens[end - 1]!.end, out, pending);
  };
  const tryList = (list: readonly Entry[] | undefined, t: number, limit: number): void => {
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (e.gate < 0 || groupSeen[e.gate] === stamp) tryEntry(e, t, limit);
    }
  };
  const { pairs, thirds } = engine;
  const tryNode = (node: PairNode | undefined, t: number, limit: number): void => {
    if (node === undefined) return;
    tryList(node.entries, t, limit);
    if (node.n < 0 || t + 2 >= limit) return;
    const tok3 = tokens[t + 2]!;
    tryList(thirds.get(node.n, tok3.id), t, limit);
    if (tok3.altId >= 0) tryList(thirds.get(node.n, tok3.altId), t, limit);
    const key3 = classIdOf(tok3);
    if (key3 >= 0) tryList(thirds.get(node.n, key3), t, limit);
  };
  const tryPair = (first: number, next: Token, t: number, limit: number): void => {
    tryNode(pairs.get(first, next.id), t, limit);
    if (next.altId >= 0) tryNode(pairs.get(first, next.altId), t, limit);
    const key = classIdOf(next);
    if (key >= 0) tryNode(pairs.get(first, key), t, limit);
  };
  // `first` is the id the word was looked up by: its own, its second reading's or its class's.
  const tryWord = (
    ix: WordIndex | undefined,
    first: number,
    next: Token | undefined,
    t: number,
    limit: number,
  ): void => {
    if (ix === undefined) return;
    tryList(ix.single, t, limit);
    if (next !== undefined && ix.pairs) tryPair(first, next, t, limit);
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
        const main = x.id >= 0 ? lookup[x.id] : undefined;
        words[u] = main;
        if (main !== undefined && main.id >= 0) see(main.id);
        if (x.alt !== undefined) {
          const alt = x.altId >= 0 ? lookup[x.altId] : undefined;
          alts[u] = alt;
          if (alt !== undefined && alt.id >= 0) see(alt.id);
        }
      }
    }
    const next = t + 1 < limit ? tokens[t + 1] : undefined;
    tryWord(words[t], tok.id, next, t, limit);
    if (tok.alt !== undefined) tryWord(alts[t], tok.altId, next, t, limit);
    const key = classIdOf(tok);
    if (key >= 0) tryWord(lookup[key], key, next, t, limit);
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
