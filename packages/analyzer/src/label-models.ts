// Learned second readers, one per category and component. Rules name wording one phrase at a time
// and miss what other writers say (ANALYZER.md puts recall first, crisis and threat above all), so
// a small logistic model per label reads the words, word pairs and three-word runs of the whole
// message, its kind and what the rules found in it (`rule:<label>`), and each word marked with the
// scopes it stands in (walkScopes): under a negation, and after whose pronoun. They are trained by
// scripts/train-models.ts, and only those that beat the rules on messages the rules were never
// written from ship.
// - The crisis and threat models only add: a finding where no rule found one. Nothing may silence
//   a warning sign.
// - Every label but those has two models (ENSEMBLE): one reads the whole message, the other
//   (`pooled`) the message one sentence at a time, taking its likeliest sentence, and the label's
//   probability is the mean of theirs. An apology's parts are each said in a sentence ("I've started
//   counselling") and a flaw often is, which the rest of a long letter only blurs; but a flaw is as
//   often in how the whole message reads.
// - Every other label's models decide it, the rules' reading being its strongest evidence: where no
//   rule found the category and the model reads it (at `threshold`), it adds a finding on the
//   sentence that reads most like it; where the rules found it and the model all but rules it out
//   (under `keep`), the rules' findings of that category go: their false alarms on sincere messages
//   are what a reader of the whole message can correct. A component is set the same way.
import { MODEL_FINDINGS } from './model-findings.js';
import { PairIndex } from './pair-table.js';
import type { Doc } from './structure.js';
import { NO_BREAK, SENTENCE_BREAK, type Token } from './tokenize.js';
import { CATEGORIES, type Category, type Component, type Finding, type Kind } from './types.js';
import { wordId } from './vocabulary.js';

export type Label = Category | Component;

export interface ModelSet {
  /**
   * What each model reads, in the order of `bias` and `threshold`. A label named twice has two models
   * (ENSEMBLE), the same thresholds and its probability the mean of theirs.
   */
  labels: Label[];
  bias: number[];
  /** The probability at or above which the model adds its label where the rules did not find it. */
  threshold: number[];
  /** The probability below which the model removes its label where the rules found it (0: never). */
  keep: number[];
  /**
   * Per model, whether it reads the words of its likeliest sentence only (the highest sum of word
   * weights among the sentences) instead of the whole message's; absent: none does.
   */
  pooled?: boolean[];
  /**
   * Per model that only adds (ONLY_ADDS): the probability at or above which its likeliest sentence,
   * read alone, adds the label where the whole message does not reach `threshold`; absent or 0: the
   * whole message only. See SENTENCE_READ. For a label that decides, its pooled model's entry: the
   * probability at or above which that model alone reads the label in a long letter, whatever the
   * mean (ONE_SENTENCE_FLAW); 0: the mean only.
   */
  sentence?: number[];
  /**
   * Per feature, its weights as [model index, weight, …]. A feature is a word, two or three adjacent
   * words joined by spaces (three only within a sentence), a word in a scope (`!<word>`, `i><word>`
   * and the like: walkScopes), `kind:<kind>`, or `rule:<label>` (a label the rules found).
   */
  weights: Record<string, number[]>;
}

export const NO_MODELS: ModelSet = { labels: [], bias: [], threshold: [], keep: [], weights: {} };

const isCategory = (label: Label): label is Category => (CATEGORIES as readonly string[]).includes(label);

/** The labels whose model may only add a finding, never remove one. */
export const ONLY_ADDS: readonly Label[] = ['crisis', 'threat'];

// SENTENCE_READ: a crisis sentence inside a long letter ("I've been googling 'painless' at 4am" among
// three hundred words about the house) is outweighed by everything ordinary around it, and the
// whole-message model misses it; read alone, the sentence is plain. Reading only the likeliest
// sentence (pooling) loses what the rest of a message says about it ("…I mean at work"), so a model
// that only adds reads both: the whole message at `threshold`, and its likeliest sentence alone at
// the stricter `sentence`, chosen in training (ONLY_ADDS_SENTENCE in scripts/train-models.ts says
// from what). Only in a letter of LONG_LETTER sentences or more: in a short message the whole is
// nearly the sentence, and reading the sentence alone only adds false alarms (session 23: from 4
// sentences instead of 6, the thirteenth round's 1,611 shorter messages, unseen, gained 3 false
// alarms and no crisis message).
export const LONG_LETTER = 6;

// ONE_SENTENCE_FLAW: one calm defensive, arguing or contemptuous sentence in the second half of an
// otherwise sincere letter of two hundred words is what many real drafts look like, and the mean of a
// category's two models misses it: the whole-message reader finds everything else sincere. Its
// sentence reader, read alone, finds it, so in a letter of LONG_LETTER sentences or more that reader
// may add or keep its category on its own, from its own threshold (`sentence`, chosen in training
// on the reserved writers, where the thirteen categories went from micro-F1 0.804 to 0.808; 0:
// never). Scored unseen before they were read, with the models before them and 0.8 for every
// category, the thirty-second round's 1,200 messages went from flags micro-F1 0.613 to 0.669 (clean
// messages flagged 56 to 60 of 660) and the thirty-third's long letters from 0.471 to 0.625 (66 to
// 73 of 640; blame caught 2 to 19 of 59, contempt 1 to 20 of 54).

// ENSEMBLE: a category's flaw is sometimes in one sentence ("you always twist things") and sometimes
// in how the whole message reads (an apology that keeps explaining), and each of the two readers
// misses what the other sees. Each label that decides has both, and reads as their mean: on the
// reserved writers, cross-validated with thresholds chosen alike (session 27), flags micro-F1 without
// crisis and threat went from 0.791 (whole message) and 0.786 (likeliest sentence) to 0.800, every
// category gaining, and components from 0.894 (likeliest sentence) to 0.896; on the dev corpus
// flags went from 0.904 and 0.916 to 0.918. Their larger probability (flags 0.793) and the geometric
// mean (0.801) did no better than the plain mean.
// Tried and not kept (session 46): a second reader per category over what the first ones say, a
// logistic model over every label's two models' probabilities, what the rules found and the letter's
// length, fitted on their out-of-fold readings, so that one label's reading could correct another's
// (blame against defensiveness, say). On the reserved writers flags micro-F1 went from 0.818 to
// 0.822 with its threshold chosen on them (so a little flattered), and dev, cross-validated, fell
// from 0.931 to 0.927.

/** Each label with its models' indices in the set, in the order they first appear. */
const membersCache = new WeakMap<ModelSet, [Label, number[]][]>();
function membersOf(set: ModelSet): [Label, number[]][] {
  let members = membersCache.get(set);
  if (members === undefined) {
    const byLabel = new Map<Label, number[]>();
    set.labels.forEach((label, m) => byLabel.set(label, [...(byLabel.get(label) ?? []), m]));
    membersCache.set(set, (members = [...byLabel]));
  }
  return members;
}

/** Whether a model may read a sentence alone: only a whole-message model that only adds. */
export const readsSentenceAlone = (label: Label, pooled: boolean): boolean =>
  ONLY_ADDS.includes(label) && !pooled;

// Who a word is said of, and whether it is denied, changes what it means: "you never listen" is
// criticism where "I never listened" is owning it, and "not your fault" is the opposite of "your
// fault". Words and pairs do not see that far, so each word is also read with its scope: `!<word>`
// after a negator in the same clause, and `<who>><word>` after the last pronoun of its sentence (i:
// the writer, u: the reader, t: a third person, w: both). On the reserved writers (session 17) the
// two scopes took flags micro-F1 from 0.757 to 0.764 and the clean messages flagged from 153 to 136;
// beside them, the words of a question, a clause's opening word, quoted words, an if-clause's and
// the words after "but" added nothing (within 0.003 either way).
const NEGATORS = ['not', 'never', 'no', 'nothing', 'nobody', 'none', 'without', 'nor'];
const WHO: Record<string, 'i' | 'u' | 't' | 'w'> = {
  i: 'i',
  me: 'i',
  my: 'i',
  myself: 'i',
  you: 'u',
  your: 'u',
  yourself: 'u',
  he: 't',
  she: 't',
  they: 't',
  we: 'w',
};
const NEGATION = '!';
const whoMark = (who: string): string => `${who}>`;
const isScopeMark = (mark: string): boolean => mark === NEGATION || /^[iutw]>$/.test(mark);

/**
 * Walk tokens [from, to), telling `each` every token with the scopes it stands in: `negated` after
 * a negator in its clause, `who` the last pronoun's person in its sentence ('' before any). A
 * pronoun itself takes no person mark. The one definition of scope, for features by name and by id.
 */
function walkScopes(
  tokens: readonly Token[],
  from: number,
  to: number,
  each: (t: number, negated: boolean, who: string) => void,
): void {
  let negated = false;
  let who = '';
  for (let t = from; t < to; t++) {
    const tok = tokens[t]!;
    if (tok.brk !== NO_BREAK) {
      negated = false;
      if (tok.brk === SENTENCE_BREAK) who = '';
    }
    const person = Object.hasOwn(WHO, tok.w) ? WHO[tok.w]! : '';
    each(t, negated, person === '' ? who : '');
    if (NEGATORS.includes(tok.w)) negated = true;
    if (person !== '') who = person;
  }
}

// Three words in a row within a sentence ("you made me", "i was just", "not a big") carry what a
// pair cannot: who did what to whom. On the reserved writers (session 21, at the committed
// thresholds) they took flags micro-F1 from 0.779 to 0.783 and the clean messages flagged from 267
// to 242 of 2,921, where word clusters from pretrained vectors (0.757 to 0.763) and word stems (0.771
// to 0.774, both before the seventh round of writers) did worse than words alone (0.776).
// Four words in a row (session 22) read the reserved writers better still (0.788 to 0.792) but the
// kept-back sets, new voices, worse (110 fewer caught of 8,173), at twice the training time.
const startsTriple = (tokens: readonly Token[], t: number, to: number): boolean =>
  t + 2 < to && tokens[t + 1]!.brk !== SENTENCE_BREAK && tokens[t + 2]!.brk !== SENTENCE_BREAK;

/**
 * The features of tokens [from, to): each word, each pair of adjacent words, each three words in a
 * row within a sentence, each word in its scopes.
 */
export function modelFeatures(tokens: readonly Token[], from = 0, to = tokens.length): string[] {
  const out: string[] = [];
  for (let t = from; t < to; t++) {
    out.push(tokens[t]!.w);
    if (t + 1 < to) out.push(`${tokens[t]!.w} ${tokens[t + 1]!.w}`);
    if (startsTriple(tokens, t, to)) out.push(`${tokens[t]!.w} ${tokens[t + 1]!.w} ${tokens[t + 2]!.w}`);
  }
  walkScopes(tokens, from, to, (t, negated, who) => {
    if (negated) out.push(`${NEGATION}${tokens[t]!.w}`);
    if (who !== '') out.push(`${whoMark(who)}${tokens[t]!.w}`);
  });
  return out;
}

// Tried and not kept (session 35): the message's length as features (a step each at 1, 2, 4, 6 and
// 10 sentences, and each rule's finding in a long letter as its own feature), so that the models
// could read a long letter apart, whose whole-message reading sometimes silences what the rules
// rightly found in it. On the reserved writers flags micro-F1 stayed 0.815 (P 82.0 to 81.2, R 80.9
// to 81.9), their clean messages flagged 241 to 244; dev, cross-validated, 0.933 to 0.929.
/** The features that are not words: the message's kind and what the rules found in it. */
export function contextFeatures(kind: Kind, found: Iterable<Label>): string[] {
  return [`kind:${kind}`, ...[...found].map((label) => `rule:${label}`)];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Each model's sum of weights over features given by name. */
function sumsByName(set: ModelSet, features: readonly string[]): number[] {
  const z = set.labels.map(() => 0);
  for (const f of features) {
    const row = Object.hasOwn(set.weights, f) ? set.weights[f] : undefined;
    if (row !== undefined) for (let j = 0; j < row.length; j += 2) z[row[j]!]! += row[j + 1]!;
  }
  return z;
}

/**
 * Every model's probability by the names of the features: the whole message's words (modelFeatures
 * over all its tokens), each sentence's, and its context's (contextFeatures). A pooled model reads
 * its likeliest sentence, every other the whole message.
 */
export function scoreByName(
  set: ModelSet,
  whole: readonly string[],
  sentences: readonly (readonly string[])[],
  context: readonly string[],
): number[] {
  const bag = sumsByName(set, whole);
  const each = sentences.map((features) => sumsByName(set, features));
  const other = sumsByName(set, context);
  return set.labels.map((_, i) => {
    const words = set.pooled?.[i] ? Math.max(...each.map((z) => z[i]!)) : bag[i]!;
    return sigmoid(set.bias[i]! + (Number.isFinite(words) ? words : 0) + other[i]!);
  });
}

// The same scores without building feature strings: the models' words get ids in the pattern
// vocabulary, so a token's weights are found by its id (this runs on every message). The weights
// are stored by row, one row per feature, all rows in one array (`rows`): a row is its length, then
// each weight as one 16-bit integer, its hundredths times 256 plus its model. Training rounds every
// weight to hundredths (scripts/fit.ts), so nothing is lost, and the sums are exact. A row is then
// one trip to memory where its start, its models and its weights in three arrays were three, and the
// tables are too large for the processor's caches. The models' share of analysing the dev corpus
// fell by about a third (session 28: about 370 to 250 ms of CPU, the rules' share 330 ms).
// SIXTEEN_BITS: 99% of the weights are within ±1.27 (127 hundredths), and a larger one is written
// as several entries of the same model that add up to it (pieces()), so the rows take 16 bits a
// weight instead of 32: 5.6 MB instead of 11 (session 33; the time saved was within the machine's
// noise, see PACKED_LOAD in pair-table.ts).
export interface Prepared {
  models: number;
  /** By word id, where the word's row starts in `rows`, or -1; ids given after preparing fall past the end. */
  wordRow: Int32Array;
  /**
   * By the two words' ids, where the pair's row starts (its first value, -1 for none) and, when
   * three words starting with the pair are a feature, 1 + the pair's number in tripleRow (its second
   * value).
   */
  pairRow: PairIndex;
  /** By a pair's number (pairRow) and the third word's id, where the three words' row starts. */
  tripleRow: PairIndex;
  otherRow: Map<string, number>;
  /**
   * Every row: its length n, then n weights, each `hundredths * 256 + model` with hundredths within
   * ±127; a larger weight is several such entries of its model (SIXTEEN_BITS).
   */
  rows: Int16Array;
  /** The scopes by word id (scopeTables); a word in a scope is the pair (its mark, the word). */
  scopes: ScopeTables;
  /** By model, 1 when it is pooled (ModelSet.pooled). */
  pooled: Uint8Array;
}

/** The models' pooled flags, as Prepared holds them. */
export const pooledOf = (set: ModelSet): Uint8Array =>
  Uint8Array.from(set.labels, (_, i) => (set.pooled?.[i] ? 1 : 0));

export interface ScopeTables {
  /** The negation's mark. */
  negation: number;
  /** By word id: 1 for a negator. */
  negator: Uint8Array;
  /** By word id: a pronoun's person's mark, or -1. */
  person: Int32Array;
}

/**
 * The scope words' and marks' ids, given them if they are new (an image's words hold them: call
 * this after they are added).
 */
export function scopeTables(): ScopeTables {
  const negators = NEGATORS.map(wordId);
  const people = Object.entries(WHO).map(([w, who]) => [wordId(w), wordId(whoMark(who))] as const);
  const negator = new Uint8Array(Math.max(...negators) + 1);
  for (const id of negators) negator[id] = 1;
  const person = new Int32Array(Math.max(...people.map(([id]) => id)) + 1).fill(-1);
  for (const [id, mark] of people) person[id] = mark;
  return { negation: wordId(NEGATION), negator, person };
}
const prepared = new WeakMap<ModelSet, Prepared>();

/** Use models prepared elsewhere (an analyzer image, image.ts) for this set. */
export function adoptPrepared(set: ModelSet, p: Prepared): void {
  prepared.set(set, p);
}

/** Whether the set's models are prepared in this process. */
export function isPrepared(set: ModelSet): boolean {
  return prepared.has(set);
}

/** How many models a set may have: a weight's model is its low 8 bits (Prepared.rows). */
const MAX_MODELS = 256;
/** A weight in hundredths; an error for one that is not a whole number of them. */
function hundredths(weight: number, feature: string): number {
  const h = Math.round(weight * 100);
  if (Math.abs(h - weight * 100) > 1e-6)
    throw new Error(`model weight ${weight} of "${feature}" is not a whole number of hundredths`);
  return h;
}

/** The most hundredths one entry of a row holds (SIXTEEN_BITS). */
const PIECE = 127;
/** How many entries pieces(h) gives. */
const pieceCount = (h: number): number => Math.max(1, Math.ceil(Math.abs(h) / PIECE));
/** A weight's hundredths as the entries that add up to it, each within ±PIECE. */
export function pieces(h: number): number[] {
  const out: number[] = [];
  let left = h;
  do {
    const part = Math.max(-PIECE, Math.min(PIECE, left));
    out.push(part);
    left -= part;
  } while (left !== 0);
  return out;
}
/** How many entries a feature's weights take in a row (SIXTEEN_BITS); an error past a row's limit. */
function rowLength(row: readonly number[], feature: string): number {
  let n = 0;
  for (let j = 1; j < row.length; j += 2) n += pieceCount(hundredths(row[j]!, feature));
  if (n > 0x7fff) throw new Error(`the model row of "${feature}" has more than 32,767 entries`);
  return n;
}

/** Give the models' words their ids; call before tokenizing a text the models will read. */
export function prepareModels(set: ModelSet): Prepared {
  const done = prepared.get(set);
  if (done !== undefined) return done;
  if (set.labels.length > MAX_MODELS)
    throw new Error(`at most ${MAX_MODELS} models, not ${set.labels.length}`);
  const entries = Object.entries(set.weights);
  const rowStart = new Int32Array(entries.length + 1);
  entries.forEach(([feature, row], r) => (rowStart[r + 1] = rowStart[r]! + 1 + rowLength(row, feature)));
  const rows = new Int16Array(rowStart[entries.length]!);
  const words: [number, number][] = [];
  const scopes = scopeTables();
  const pairRow = new PairIndex(entries.length);
  const tripleRow = new PairIndex();
  const otherRow = new Map<string, number>();
  // A pair's row, keeping the number three words starting with it may have given it.
  const setPair = (a: number, b: number, r: number): void => {
    const at = pairRow.find(a, b);
    pairRow.set(a, b, r, at < 0 ? 0 : pairRow.second(at));
  };
  let pairs = 0;
  const setTriple = (a: number, b: number, c: number, r: number): void => {
    const at = pairRow.find(a, b);
    let n = at < 0 ? 0 : pairRow.second(at);
    if (n === 0) pairRow.set(a, b, at < 0 ? -1 : pairRow.first(at), (n = ++pairs));
    tripleRow.set(n - 1, c, r);
  };
  entries.forEach(([feature, row], k) => {
    const r = rowStart[k]!;
    rows[r] = rowStart[k + 1]! - r - 1;
    let at = r + 1;
    for (let j = 0; j < row.length; j += 2)
      for (const part of pieces(hundredths(row[j + 1]!, feature))) rows[at++] = part * 256 + row[j]!;
    const space = feature.indexOf(' ');
    const mark = feature.startsWith(NEGATION) ? NEGATION : feature.slice(0, 2);
    if (feature.startsWith('kind:') || feature.startsWith('rule:')) otherRow.set(feature, r);
    else if (isScopeMark(mark)) setPair(wordId(mark), wordId(feature.slice(mark.length)), r);
    else if (space < 0) words.push([wordId(feature), r]);
    else {
      const [a, b, c] = feature.split(' ').map(wordId);
      if (c === undefined) setPair(a!, b!, r);
      else setTriple(a!, b!, c, r);
    }
  });
  pairRow.pack();
  tripleRow.pack();
  const wordRow = new Int32Array(words.reduce((n, [id]) => Math.max(n, id + 1), 0)).fill(-1);
  for (const [id, r] of words) wordRow[id] = r;
  const out = {
    models: set.labels.length,
    wordRow,
    pairRow,
    tripleRow,
    otherRow,
    rows,
    scopes,
    pooled: pooledOf(set),
  };
  prepared.set(set, out);
  return out;
}

/** Add a row's weights, in hundredths, to each model's sum in z. */
function addRow(p: Prepared, z: Float64Array, row: number | undefined): void {
  if (row === undefined || row < 0) return;
  const rows = p.rows;
  const end = row + rows[row]!;
  for (let j = row + 1; j <= end; j++) {
    const e = rows[j]!;
    z[e & 255]! += e >> 8;
  }
}

function addPair(p: Prepared, z: Float64Array, a: number, b: number): void {
  const at = p.pairRow.find(a, b);
  if (at >= 0) addRow(p, z, p.pairRow.first(at));
}

// The rows of a sentence's features (see rowsOf), gathered before any is added: then one token's
// lookups do not wait on the last token's additions, and the memory reads of both overlap: 2 to 3%
// less time for the whole analysis, measured against the old path in one process, turn about
// (session 32). Grown as longer sentences come, never shrunk.
let found = new Int32Array(256);
/** At most this many rows a token adds: its word, its pair, its three words and two scopes. */
const ROWS_PER_TOKEN = 5;

/**
 * Gather in `found` the rows of tokens [from, to): the features of modelFeatures, their scopes
 * walked as walkScopes walks them, by word id. Returns how many.
 */
function rowsOf(p: Prepared, tokens: readonly Token[], from: number, to: number): number {
  if (found.length < ROWS_PER_TOKEN * (to - from)) found = new Int32Array(2 * ROWS_PER_TOKEN * (to - from));
  const { negation, negator, person } = p.scopes;
  const { wordRow, pairRow, tripleRow } = p;
  let n = 0;
  let negated = false;
  let who = -1;
  for (let t = from; t < to; t++) {
    const tok = tokens[t]!;
    if (tok.brk !== NO_BREAK) {
      negated = false;
      if (tok.brk === SENTENCE_BREAK) who = -1;
    }
    const id = tok.id;
    if (id < 0) continue;
    if (id < wordRow.length && wordRow[id]! >= 0) found[n++] = wordRow[id]!;
    const pair = t + 1 < to ? pairRow.find(id, tokens[t + 1]!.id) : -1;
    if (pair >= 0) {
      const row = pairRow.first(pair);
      if (row >= 0) found[n++] = row;
      // The pair's number among pairs that start three-word features (0: none).
      const k = pairRow.second(pair);
      const c = k > 0 && t + 2 < to ? tokens[t + 2]!.id : -1;
      const triple = c >= 0 ? tripleRow.find(k - 1, c) : -1;
      if (triple >= 0) found[n++] = tripleRow.first(triple);
    }
    const mark = id < person.length ? person[id]! : -1;
    const negatedRow = negated ? pairRow.find(negation, id) : -1;
    if (negatedRow >= 0) found[n++] = pairRow.first(negatedRow);
    const whoRow = who >= 0 && mark < 0 ? pairRow.find(who, id) : -1;
    if (whoRow >= 0) found[n++] = pairRow.first(whoRow);
    if (id < negator.length && negator[id] === 1) negated = true;
    if (mark >= 0) who = mark;
  }
  return n;
}

/** Add the weights of tokens [from, to) to z (see rowsOf). */
function addTokens(p: Prepared, z: Float64Array, tokens: readonly Token[], from: number, to: number): void {
  const n = rowsOf(p, tokens, from, to);
  for (let i = 0; i < n; i++) addRow(p, z, found[i]);
}

/**
 * Every model's probability for a document whose tokens were made after prepareModels(set), given
 * what the rules found: the same as scoreByName over its features, found by word id.
 */
export function modelScores(set: ModelSet, doc: Doc, kind: Kind, found: ReadonlySet<Label>): Float64Array {
  return scoresOf(prepareModels(set), set, doc, kind, found).scores.slice();
}

/** scoresOf's arrays, kept between messages: making six small arrays a message cost 2% of analysing. */
interface Scratch {
  z: Float64Array;
  here: Float64Array;
  best: Float64Array;
  likeliest: Int32Array;
  context: Float64Array;
  scores: Float64Array;
}
let scratch: Scratch | null = null;
function scratchFor(models: number): Scratch {
  if (scratch?.z.length !== models) {
    const floats = (): Float64Array => new Float64Array(models);
    scratch = {
      z: floats(),
      here: floats(),
      best: floats(),
      likeliest: new Int32Array(models),
      context: floats(),
      scores: floats(),
    };
  }
  return scratch;
}

/**
 * The scores, and each model's likeliest sentence: the one whose words weigh most for it (context is
 * the same for every sentence). A pooled model reads that sentence alone; a finding a category's
 * model adds is put on it.
 */
function scoresOf(
  p: Prepared,
  set: ModelSet,
  doc: Doc,
  kind: Kind,
  found: ReadonlySet<Label>,
): { scores: Float64Array; likeliest: Int32Array; best: Float64Array; context: Float64Array } {
  // Sums in hundredths (Prepared.rows), turned into weights at the end. The arrays are reused: what
  // this returns is read before the next message is scored.
  const { z, here, best, likeliest, context, scores } = scratchFor(p.models);
  z.fill(0);
  best.fill(-Infinity);
  likeliest.fill(-1);
  context.fill(0);
  const { tokens, sentences } = doc;
  // One pass a sentence: every model but a pooled one adds the sentences' sums and the pairs across
  // them (scopes end with a sentence, so nothing else crosses), which is the whole message's sum.
  for (let at = 0; at < sentences.length; at++) {
    const s = sentences[at]!;
    here.fill(0);
    addTokens(p, here, tokens, s.first, s.end);
    for (let m = 0; m < p.models; m++) {
      if (here[m]! > best[m]!) {
        best[m] = here[m]!;
        likeliest[m] = at;
      }
      if (p.pooled[m] !== 1) z[m]! += here[m]!;
    }
    const last = tokens[s.end - 1]!.id;
    if (s.end < tokens.length && last >= 0) addPair(p, z, last, tokens[s.end]!.id);
  }
  for (let m = 0; m < p.models; m++) if (p.pooled[m] === 1 && likeliest[m]! >= 0) z[m] = best[m]!;
  for (const f of contextFeatures(kind, found)) addRow(p, context, p.otherRow.get(f));
  for (let m = 0; m < p.models; m++) {
    scores[m] = sigmoid(set.bias[m]! + (z[m]! + context[m]!) / 100);
    best[m] = best[m]! / 100;
    context[m] = context[m]! / 100;
  }
  return { scores, likeliest, best, context };
}

/**
 * Let the models read a document the rules have read (its tokens made after prepareModels(set), so
 * that the models' words have their ids): each model adds its category's finding where no rule found
 * one, or removes the rules' findings of it (not crisis or threat), or sets its component.
 */
export function applyModels(
  set: ModelSet,
  doc: Doc,
  kind: Kind,
  out: { findings: Finding[]; components: Set<Component> },
): void {
  if (set.labels.length === 0 || doc.tokens.length === 0) return;
  const p = prepareModels(set);
  const found = new Set<Label>([...out.findings.map((f) => f.category), ...out.components]);
  const { scores, likeliest, best, context } = scoresOf(p, set, doc, kind, found);
  const long = doc.sentences.length >= LONG_LETTER;
  const silenced = new Set<Label>();
  for (const [label, members] of membersOf(set)) {
    const i = members[0]!;
    const alone =
      members.length === 1 && readsSentenceAlone(label, p.pooled[i] === 1) ? (set.sentence?.[i] ?? 0) : 0;
    // Summed, then divided, as training averages them.
    let score = 0;
    for (const m of members) score += scores[m]!;
    score /= members.length;
    // The label's sentence reader, where it has one: its finding goes on that reader's sentence, and
    // (a label with two models) that reader may read a long letter alone.
    const sentenceReader = members.find((m) => p.pooled[m] === 1);
    const byItsSentence =
      members.length > 1 && sentenceReader !== undefined ? (set.sentence?.[sentenceReader] ?? 0) : 0;
    // The likeliest sentence read alone (SENTENCE_READ): its words, the model's bias and the
    // context; worked out only for a model that reads so, in a long letter. A label that decides
    // has its sentence reader's own probability for it (ONE_SENTENCE_FLAW).
    const reads =
      score >= (found.has(label) ? set.keep[i]! : set.threshold[i]!) ||
      (alone > 0 && long && sigmoid(set.bias[i]! + best[i]! + context[i]!) >= alone) ||
      (byItsSentence > 0 && long && scores[sentenceReader!]! >= byItsSentence);
    if (!isCategory(label)) {
      if (reads) out.components.add(label);
      else out.components.delete(label);
      continue;
    }
    if (!reads) {
      if (!ONLY_ADDS.includes(label)) silenced.add(label);
      continue;
    }
    if (found.has(label)) continue;
    const s = doc.sentences[likeliest[sentenceReader ?? i]!];
    if (s !== undefined)
      out.findings.push({
        ...MODEL_FINDINGS[label],
        start: doc.tokens[s.first]!.start,
        end: doc.tokens[s.end - 1]!.end,
      });
  }
  if (silenced.size > 0) out.findings = out.findings.filter((f) => !silenced.has(f.category));
}
