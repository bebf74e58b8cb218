// Compiling a rule set for the engine (engine.ts, which runs it): each rule's patterns as programs
// (program.ts), its conditions, cheapest first, and the index that says which patterns to try where.
//
// The index is flat: lists of patterns, the words each needs and the word lists themselves live in a
// few typed arrays, addressed by offsets. The scan looks at about twelve index entries per word and
// tries fewer than one; with an object per entry and per list, reaching them (from all over a
// 100 MB heap) was most of its time.
import {
  anchoredAtEnd,
  COMMON,
  firstWords,
  keep,
  leadingWords,
  parsePattern,
  requiredWords,
  type El,
  type KeyRun,
} from './pattern.js';
import { programOf } from './program.js';
import { anyOfRegexes } from './regex-gate.js';
import type {
  Condition,
  PatternCondition,
  ShippedRule,
  ShippedRuleSet,
  Subject,
  Flag,
} from './rules/schema.js';
import type { Component } from './types.js';
import { wordId } from './vocabulary.js';

export type CompiledCond =
  | { t: 'flag'; name: Flag }
  | { t: 'subject'; set: ReadonlySet<Subject> }
  | { t: 'component'; any: readonly Component[] }
  | { t: 'pattern'; where: PatternCondition; pat: CondPattern };

/** A condition's pattern with the words it can start with (null: any word), to skip most tokens. */
export interface CondPattern {
  /** Its program (program.ts). */
  pc: number;
  /** Word ids (vocabulary.ts), class ids included; null: any word. */
  first: KeyRun | null;
  /** The word lists a sentence must hold one word of each of for it to match there (Engine.needs). */
  needs: number;
}

export interface CompiledRule {
  index: number;
  def: ShippedRule;
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
export interface Entry {
  rule: CompiledRule;
  /** The pattern's program (program.ts). */
  pc: number;
  /** Its slot in a cost meter. */
  slot: number;
}

/** Per word id, three cells in Engine.words. */
export const WORD_STRIDE = 3;

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

/** The engine's tables that compiling fills (an analyzer image stores them: image.ts). */
export const ENGINE_TABLES = [
  'lists',
  'words',
  'follow',
  'needs',
  'entryNeeds',
  'marksAt',
  'marks',
  'commonsAt',
  'commons',
] as const satisfies readonly (keyof Engine)[];

export const regexesOf = (def: ShippedRule): RegExp[] =>
  def.kind === 'regex' ? def.pattern.map((p) => new RegExp(p, 'g')) : [];

export function regexesOfSet(rules: CompiledRule[]): Pick<Engine, 'regexRules' | 'regexGate'> {
  const regexRules = rules.filter((r) => r.def.kind === 'regex');
  return { regexRules, regexGate: anyOfRegexes(regexRules.flatMap((r) => r.def.pattern)) };
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
export const SENTENCE_SCOPED: ReadonlySet<PatternCondition> = new Set([
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
    const patterns = def.kind === 'phrase' ? def.pattern.map((p) => parsePattern(p, set.lexicons)) : [];
    const rule: CompiledRule = {
      index,
      def,
      regexes: regexesOf(def),
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
    for (const [p, els] of patterns.entries()) {
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
    const alone = byWord.get(w);
    words[at + 1] = alone === undefined ? -1 : list(alone);
    const pairs = pairsOf.get(w);
    words[at + 2] = pairs === undefined ? -1 : run(pairs);
  }
  // Which lists each required word marks when a sentence holds it: all it is in, if not common.
  const marked: number[][] = Array.from({ length: requiredIds.size }, () => []);
  groups.forEach((ids, g) => {
    for (let i = commonCounts[g]!; i < ids.length; i++) marked[ids[i]!]!.push(g);
  });
  const marks = new Packer();
  const marksAt = Int32Array.from(marked, (of) => marks.add(of));
  const commons = new Packer();
  const commonsAt = Int32Array.from(groups, (ids, g) =>
    commonCounts[g] === 0 ? -1 : commons.add(ids.slice(0, commonCounts[g]!)),
  );
  return {
    rules,
    entries,
    lists: lists.pack(),
    words,
    follow: follow.pack(),
    needs: needs.pack(),
    entryNeeds: Int32Array.from(entryNeeds),
    seen: new Int32Array(requiredIds.size),
    marksAt,
    marks: marks.pack(),
    groupSeen: new Int32Array(groups.length),
    commonsAt,
    commons: commons.pack(),
    byPrefix,
    always,
    ...regexesOfSet(rules),
    slots,
    lastEnd: new Int32Array(set.rules.length),
    lastEndIn: new Int32Array(set.rules.length),
  };
}
