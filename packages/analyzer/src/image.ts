// An analyzer image: a rule set compiled and its models prepared, as bytes. Compiling the shipped
// rules takes seconds (some 900 rules and their lexicons parsed into programs and an index), the
// time of thousands of analyses, so a process that reviews one draft and exits (`amends analyze`)
// spent nearly all its time there. The build makes the image once; loading it takes milliseconds.
//
// Part of a compiled set lives in stores every rule set in a process shares (word ids, the program,
// alternations' keys), and the engine holds offsets into them. So an image holds what compiling
// added to those stores, and can be loaded only where they hold exactly what they held when it was
// made: in a fresh process. loadImage checks that, and that the image was made from the same rules
// and models; otherwise it declines and the rules are compiled as before. An image changes no
// result: the engine it gives is the one compiling gives, table for table.
import {
  compileEngine,
  ENGINE_TABLES,
  regexesOf,
  regexesOfSet,
  type CompiledCond,
  type CompiledRule,
  type Engine,
} from './engine-compile.js';
import {
  adoptPrepared,
  isPrepared,
  pooledOf,
  prepareModels,
  scopeTables,
  type ModelSet,
  type Prepared,
} from './label-models.js';
import { PairIndex } from './pair-table.js';
import { appendKeys, keysSince, keysStored } from './pattern.js';
import { appendProgram, programSince, programSize, programTexts } from './program.js';
import type { PatternCondition, ShippedRuleSet, Subject } from './rules/schema.js';
import type { Component } from './types.js';
import { namedWords, wordId } from './vocabulary.js';

const FORMAT = 4;

/** The prepared models' tables (the pair index as its cells). */
const PREPARED_TABLES = ['wordRow', 'pairRow', 'tripleRow', 'rows'] as const;

type CondImage =
  ['flag', string] | ['subject', Subject[]] | ['pattern', PatternCondition, number, number, number, number];

interface RuleImage {
  when: CondImage[];
  unless: CondImage[];
  whenComponents: Component[][];
  unlessComponents: Component[][];
  slot: number;
}

type ArrayKind = 'i32' | 'i16' | 'u16' | 'f64';
const ARRAY_OF = { i32: Int32Array, i16: Int16Array, u16: Uint16Array, f64: Float64Array } as const;
type Table = Int32Array | Int16Array | Uint16Array | Float64Array;

/** Everything but the tables, as JSON in front of them. */
interface Header {
  format: number;
  /** Of the rules and models it was made from (fingerprint()). */
  fingerprint: string;
  /** The shared stores before compiling: the words and texts then named, the program's size, the keys'. */
  base: { words: string[]; cells: number; texts: string[]; keys: number };
  /** What compiling added: words (in id order) and the program's texts. */
  words: string[];
  texts: string[];
  rules: RuleImage[];
  byPrefix: { p: string; entry: number }[];
  always: number[];
  slots: number;
  requiredWords: number;
  groups: number;
  models: number;
  otherRow: [string, number][];
  /** The tables after the header, in this order, each starting at a multiple of 8 bytes. */
  tables: [name: string, kind: ArrayKind, length: number][];
}

// FNV-1a over the text: an image made from other rules or models is declined, not misread.
function hashOf(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
function fingerprint(set: ShippedRuleSet, models: ModelSet): string {
  const rules = hashOf(JSON.stringify(set));
  const { weights, ...rest } = models;
  const weightCount = Object.keys(weights).length;
  return `${rules.toString(16)}-${hashOf(JSON.stringify(rest)).toString(16)}-${weightCount}`;
}

function condImage(c: CompiledCond): CondImage {
  if (c.t === 'flag') return ['flag', c.name];
  if (c.t === 'subject') return ['subject', [...c.set]];
  if (c.t === 'component') throw new Error('component conditions are kept apart from the others');
  const { pc, first, needs } = c.pat;
  return ['pattern', c.where, pc, first?.at ?? -1, first?.size ?? 0, needs];
}

function condOf(c: CondImage): CompiledCond {
  if (c[0] === 'flag') return { t: 'flag', name: c[1] as Extract<CompiledCond, { t: 'flag' }>['name'] };
  if (c[0] === 'subject') return { t: 'subject', set: new Set(c[1]) };
  const [, where, pc, at, size, needs] = c;
  return { t: 'pattern', where, pat: { pc, first: at < 0 ? null : { at, size }, needs } };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/**
 * Compile the set and prepare the models, and give both as an image. Only in a process that has
 * compiled no rule set and prepared no model set yet (the build runs it in one of its own).
 */
export function makeImage(set: ShippedRuleSet, models: ModelSet): Uint8Array {
  if (isPrepared(models)) throw new Error('makeImage needs a process that has not prepared these models');
  const words = namedWords();
  const texts = programTexts();
  const program = programSize();
  const keys = keysStored();
  const engine = compileEngine(set);
  const p = prepareModels(models);
  const tables: [string, Table][] = [
    ...ENGINE_TABLES.map((name): [string, Table] => [name, engine[name]]),
    ['entries', Int32Array.from(engine.entries.flatMap((e) => [e.rule.index, e.pc, e.slot]))],
    ['program', programSince(program).cells],
    ['keys', keysSince(keys)],
    ...PREPARED_TABLES.map((name): [string, Table] => [
      name,
      name === 'pairRow' || name === 'tripleRow' ? p[name].cellsOf() : p[name],
    ]),
  ];
  const header: Header = {
    format: FORMAT,
    fingerprint: fingerprint(set, models),
    base: { words, cells: program.cells, texts, keys },
    words: namedWords().slice(words.length),
    texts: programSince(program).texts,
    rules: engine.rules.map((r) => ({
      when: r.when.map(condImage),
      unless: r.unless.map(condImage),
      whenComponents: r.whenComponents,
      unlessComponents: r.unlessComponents,
      slot: r.slot,
    })),
    byPrefix: engine.byPrefix,
    always: engine.always,
    slots: engine.slots,
    requiredWords: engine.seen.length,
    groups: engine.groupSeen.length,
    models: p.models,
    otherRow: [...p.otherRow],
    tables: tables.map(([name, t]) => [
      name,
      (Object.keys(ARRAY_OF) as ArrayKind[]).find((kind) => t instanceof ARRAY_OF[kind])!,
      t.length,
    ]),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = (n: number): number => Math.ceil(n / 8) * 8;
  let size = start(4 + json.length);
  const at = tables.map(([, t]) => {
    const here = size;
    size = start(size + t.byteLength);
    return here;
  });
  const bytes = new Uint8Array(size);
  new DataView(bytes.buffer).setUint32(0, json.length, true);
  bytes.set(json, 4);
  tables.forEach(([, t], i) => bytes.set(new Uint8Array(t.buffer, t.byteOffset, t.byteLength), at[i]));
  return bytes;
}

/**
 * The engine and prepared models an image holds, their words and program added to this process's
 * stores; null (and nothing added) when the image is of other rules or models, of another format,
 * or this process's stores are not as they were when it was made.
 */
export function loadImage(
  bytes: Uint8Array,
  set: ShippedRuleSet,
  models: ModelSet,
): { engine: Engine; prepared: Prepared } | null {
  if (bytes.byteLength < 4 || isPrepared(models)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(0, true);
  if (4 + length > bytes.byteLength) return null;
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as Header;
  } catch {
    return null;
  }
  const { base } = header;
  const program = programSize();
  if (
    header.format !== FORMAT ||
    header.fingerprint !== fingerprint(set, models) ||
    program.cells !== base.cells ||
    keysStored() !== base.keys ||
    !sameList(programTexts(), base.texts) ||
    !sameList(namedWords(), base.words)
  )
    return null;
  // Copied out of the bytes (a Node Buffer's slice would be a view of a shared pool, and a view need
  // not be aligned for its kind).
  const tables = new Map<string, Table>();
  let at = Math.ceil((4 + length) / 8) * 8;
  for (const [name, kind, count] of header.tables) {
    const Kind = ARRAY_OF[kind];
    const size = count * Kind.BYTES_PER_ELEMENT;
    if (at + size > bytes.byteLength) return null;
    tables.set(name, new Kind(new Uint8Array(bytes.subarray(at, at + size)).buffer));
    at = Math.ceil((at + size) / 8) * 8;
  }
  const needed = [...ENGINE_TABLES, 'entries', 'program', 'keys', ...PREPARED_TABLES];
  if (!needed.every((name) => tables.has(name))) return null;
  const table = <T extends Table>(name: string): T => tables.get(name) as T;

  for (const w of header.words) wordId(w);
  appendProgram(table<Int32Array>('program'), header.texts);
  appendKeys(table<Int32Array>('keys'));

  const rules: CompiledRule[] = header.rules.map((r, index) => {
    const def = set.rules[index]!;
    return {
      index,
      def,
      regexes: regexesOf(def),
      when: r.when.map(condOf),
      unless: r.unless.map(condOf),
      whenComponents: r.whenComponents,
      unlessComponents: r.unlessComponents,
      slot: r.slot,
    };
  });
  const entryCells = table<Int32Array>('entries');
  const entries = Array.from({ length: entryCells.length / 3 }, (_, e) => ({
    rule: rules[entryCells[3 * e]!]!,
    pc: entryCells[3 * e + 1]!,
    slot: entryCells[3 * e + 2]!,
  }));
  const engine: Engine = {
    rules,
    entries,
    ...(Object.fromEntries(ENGINE_TABLES.map((name) => [name, table(name)])) as Pick<
      Engine,
      (typeof ENGINE_TABLES)[number]
    >),
    seen: new Int32Array(header.requiredWords),
    groupSeen: new Int32Array(header.groups),
    byPrefix: header.byPrefix,
    always: header.always,
    ...regexesOfSet(rules),
    slots: header.slots,
    lastEnd: new Int32Array(set.rules.length),
    lastEndIn: new Int32Array(set.rules.length),
  };
  const prepared: Prepared = {
    models: header.models,
    wordRow: table('wordRow'),
    pairRow: PairIndex.fromCells(table('pairRow')),
    tripleRow: PairIndex.fromCells(table('tripleRow')),
    otherRow: new Map(header.otherRow),
    rows: table('rows'),
    // Its words are the image's (added above), so this gives them no new ids.
    scopes: scopeTables(),
    pooled: pooledOf(models),
  };
  adoptPrepared(models, prepared);
  return { engine, prepared };
}
