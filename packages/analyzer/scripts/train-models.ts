// npm run train:models [-- --check | --report [--hold] [--pairs=LABEL,…] | --by-set]
// Trains the learned readers (src/label-models.ts) and writes src/rules/label-models.generated.ts.
// The held-out part is never read here. Training is deterministic (a fixed shuffle, no randomness),
// so the same corpus, rules and committed thresholds (STICKY) give the same models.
//
// Training messages: the dev corpus, the training-only corpus (train.jsonl), the rule fixtures (a
// fixture sentence counts only for its own label and for crisis and threat, which no other fixture
// carries), ANALYZER.md's own clean examples, which define the categories as much as any rule, and
// the probe sets but those kept back (KEPT_BACK_PROBES), each for its own category: written apart
// from the corpus, they carry many ways of saying it that its writers did not use.
// Each label gets a logistic regression over words, word pairs, three-word runs, words in their
// scopes (modelFeatures in label-models.ts), the kind and (but for crisis and threat, whose models
// only add) what the rules found, fitted by stochastic gradient descent with L2 shrinkage and the
// weights averaged over the later epochs; its label's messages weigh more, being few. Features seen
// in fewer than two messages are dropped (they would only memorise one message), and small weights
// are dropped and the rest rounded, which keeps the file small.
// The fitting (fit.ts) runs in worker threads, a label at a time on each core (fit-pool.ts); with
// 47,000 messages, `--report` took about 4 min on two cores (session 26), 19 min once every label
// that decides had two models (session 27: 42 models, six fits each, instead of 22), and 10 min
// (peak memory 3.6 GB, from 6) once each message was encoded once for every label (Features.of)
// and each fit ran over its own features only (fit.ts); the models are the same to the last bit.
//
// Which models ship is decided on five-fold cross-validated scores of the train.jsonl messages of
// the reserved writers (folds 3 and 4: no rule was written from them, but for a round of crisis
// rules and some threat-acts.yml patterns, see ONLY_ADDS_THRESHOLD), never on the held-out part. The
// folds keep each writer's messages together, so a model is always judged on writers it has not
// read (writers wrote near-twins side by side, and splitting them would flatter the model):
// - crisis and threat always ship (recall first), at thresholds chosen on the probe sets they read,
//   each left out in turn (see ONLY_ADDS_THRESHOLD);
// - any other label ships when its model beats the rules alone by 0.01 F1 there, at the pair of
//   thresholds (to add the label, to keep the rules' reading of it, at most KEEP_AT_MOST) that does
//   best; among pairs within NEAR_BEST (0.005) of the best F1, the committed pair if it is one of
//   them (STICKY), else the one that flags the fewest clean messages. A category with kept-back
//   sets that choose thresholds (all but MEASURE_ONLY_PROBES) takes, among pairs a little further
//   from the best, the one that reads those sets best (KEPT_BACK_REACH).
// `--report` prints those figures, micro-F1 and the share of clean messages flagged; `--by-set` how
// the crisis and threat models read each probe set they read when it is left out (see bySet).
// `--hold` (with --report) keeps each label's thresholds and whether it ships as the committed models
// have them, refits the weights and writes nothing: a change to the rules is then judged by what it
// does, not by a threshold that moved (the choice between pairs within NEAR_BEST of the best F1 can
// flip on any change and move a category's clean messages flagged by five or more either way).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { LABEL_MODELS } from '../src/rules/label-models.generated.js';
import { RULE_SET } from '../src/rules/compiled.generated.js';
import type { ShippedRuleSet } from '../src/rules/schema.js';
import {
  contextFeatures,
  modelFeatures,
  NO_MODELS,
  ONLY_ADDS,
  LONG_LETTER,
  readsSentenceAlone,
  type Label,
  type ModelSet,
} from '../src/label-models.js';
import { buildDoc } from '../src/structure.js';
import { tokenize } from '../src/tokenize.js';
import { CATEGORIES, COMPONENTS, type Kind } from '../src/types.js';
import { count, score, type Counts } from './metrics.js';
import { crossFitAll, pack, type PackedJob } from './fit-pool.js';
import { aloneProbability, fit, probability, type Data, type Fit, type FoldReads } from './fit.js';
import { pickByKeptBack, pickPair, type KeptBackReach } from './threshold-pair.js';
import {
  analyzerRoot,
  fixturesDir,
  choosesThresholds,
  KEPT_BACK_PROBES,
  probesDir,
  readFixture,
  runMain,
  writeOrCheck,
} from './rule-files.js';

export const modelPath = join(analyzerRoot, 'src', 'rules', 'label-models.generated.ts');
const LABELS: readonly Label[] = [...CATEGORIES, ...COMPONENTS];
/** Whether a label's model decides it (reading the rules' findings) or only adds to the rules. */
const decides = (label: Label): boolean => !ONLY_ADDS.includes(label);
const isComponent = (label: Label): boolean => (COMPONENTS as readonly string[]).includes(label);
const isClean = (x: { labels: Set<Label> }): boolean => !CATEGORIES.some((c) => x.labels.has(c));

const FOLDS = 5;
const MIN_GAIN = 0.01;
// How far below the best F1 a category's thresholds may go to flag fewer clean messages: 0.005, as
// for a component. It went from 0.005 to 0.01 (the spread of flags F1 between shuffles, 0.747-0.750)
// and in session 16 to 0.015, each time because the held-out part's clean messages flagged stood
// at or past ANALYZER.md's 5% (look 27: 5.1%); 0.015 cost the kept-back sets 148 of 6,000 caught.
// Session 17's scope features and sixth round of writers took the held-out rate to 2.8% (look 29),
// so the reason for the width was gone, and both judges favour the narrow one: on the reserved
// writers flags micro-F1 0.767, 0.770 and 0.773 at 0.015, 0.01 and 0.005 (clean messages flagged
// 225, 241 and 257 of 2,921); on the kept-back sets, caught 5,650, 5,800 and 5,943 of 8,173 for 270,
// 285 and 307 near misses flagged. Look 30, after the change: 4.2% (flags micro-F1 0.826 to 0.828).
// Should the held-out rate near 5% again, this is the first lever (0.01 is the middle).
const NEAR_BEST = 0.005;
// KEEP_AT_MOST: a model may remove the rules' findings of a label only where it gives the label less
// than this. Chosen freely, `keep` rose with the second models (session 27: conditional 0.95,
// demand 0.8, pressure 0.9), whose mean is less sure than one model, and the models removed what the
// rules rightly found in voices they had not read. Capped at 0.5 (session 28), from the uncapped:
// on the kept-back sets 6,020 to 6,113 of 8,173 caught for 243 to 261 of 6,088 near misses flagged;
// on dev, cross-validated (the held-out part's voice), flags micro-F1 0.926 to 0.934 (recall 91.8
// to 93.8); on the reserved writers 0.811 to 0.809, their clean messages flagged 222 to 249 of
// 2,921. Recall comes first (ANALYZER.md), and the reserved writers' F1 moved within its noise.
// 0.4 (session 29, with the twenty-fourth round) did not pay: on the kept-back sets 8 more of 8,173
// caught for 17 more near misses flagged; the reserved writers 0.811 to 0.809, their clean
// messages flagged 226 to 236; only dev, cross-validated, rose (0.936 to 0.942).
const KEEP_AT_MOST = 0.5;
// KEPT_BACK_REACH: the reserved writers' F1 is nearly flat across many pairs of thresholds
// (pressure from 0.746 to 0.765 between adding at 0.5 and at 0.98), while the kept-back sets,
// written apart by other writers, catch far more at the lower ones (pressure-a 159 to 180 of 200),
// as the held-out part's recall (pressure 75.5, criticism 75.0, demand 83.9, at precision 95 or
// more: look 53) says it should. So, from session 36, the kept-back sets but MEASURE_ONLY_PROBES
// choose among the pairs within 0.01 of the best F1 that flag at most one more of the reserved
// writers' clean messages than the fewest a pair within NEAR_BEST flags (pickByKeptBack); the
// committed pair stays while its F1 on those sets is within 0.005 of the best candidate's. Scored from one run before it
// was adopted (the same models, thresholds chosen both ways): on MEASURE_ONLY_PROBES, which chose
// nothing, 1,283 to 1,313 of 1,998 caught for 54 to 57 of 2,000 near misses flagged (F1 0.769
// to 0.780); on the reserved writers, labels and components together, micro-F1 0.8633 to 0.8627,
// their clean messages flagged 241 to 235 of 2,921. Wider (0.015) or with two more clean messages
// caught 4 to 16 more of those sets for 3 to 7 more of the reserved writers' clean messages.
const KEPT_BACK_REACH: KeptBackReach = { band: 0.01, nearBest: NEAR_BEST, slack: 1, stick: 0.005 };
// STICKY: among the pairs within NEAR_BEST of the best F1, the committed pair stays; only when it
// falls out of that band is the one that flags the fewest clean messages taken. Pairs that close
// are a tie on the reserved writers, and breaking the tie afresh on every retrain let any change
// move them: session 20's rules (which the rules alone found in none of the reserved writers'
// messages) retrained moved blame from 0.8 to 0.95, criticism's keep from 0.7 to 0.95 and
// stonewalling from 0.9 to 0.95, and the kept-back sets lost 97 of 8,173 caught; with STICKY
// blame and stonewalling stayed (the pairs that had left the band, criticism's among them, still
// moved) and they gained 11. The models are then made from the corpus, the rules and the committed
// models; `--check` still reproduces them.
// Crisis and threat are judged on voices their models have not read, not by the criterion: the
// reserved writers' crisis and threat messages flatter it, rules having been written from them
// (rules/crisis-languages.yml, crisis-indirect-*.yml from train.jsonl's crisis messages, 1,015 of
// 1,021 now found by the rules alone; threat-acts.yml partly from its missed threats). `--by-set`
// leaves each probe set the model reads out in turn and scores it at each threshold, with what the
// threshold costs on the reserved writers' ordinary messages. Recall comes first; from its table
// (session 11):
// - crisis 0.4: from 0.5, 1 to 5 more of each left-out set's 200 caught (crisis-g 167 to 172), for
//   8 more of 3,883 ordinary messages flagged (69 to 77); 0.3 would cost 19 more for 0 to 2 a set.
// - threat 0.7: from 0.9 (where the criterion stood), 10 to 31 more of each left-out set of the
//   later voices caught (threat-k 108 to 139, threat-m 104 to 123, threat-j 73 to 83), for 20 more
//   of 4,093 ordinary messages flagged (25 to 45); 0.5 would cost 22 more for 5 to 10 a set.
// Session 15's table, against the crisis reading rule in messages (rule-files.ts: at most one
// false alarm for each crisis message gained): crisis 0.3 would catch 18 more of the 2,060 left-out
// messages for 41 more false alarms (24 near misses of those sets, 17 of the reserved writers'
// 3,883): it fails, and 0.4 stays. Threat 0.5 would catch 64 more of 1,813 for 52 (30 and 22 of
// 4,093); every flag of an ordinary message counts against the 5% of clean messages flagged
// (ANALYZER.md), where the held-out part stood at 4.6%, so 0.7 stays until that has room.
// Session 26's table (45,000 training messages, the held-out part at 3.6% clean flagged): crisis
// 0.3 would catch 18 more of the 2,060 left-out messages for 29 more false alarms (18 of those sets'
// near misses, 11 of the reserved writers' 5,351): it still fails, and 0.4 stays. Threat 0.6 catches
// 36 more of the 1,813 left-out threats for 13 more false alarms (9 and 4 of 5,632), and the
// held-out part now has room under 5%, so threat moved to 0.6. 0.5 would add 18 more for 19 more.
// The sets kept back (KEPT_BACK_PROBES) are never used to choose.
const ONLY_ADDS_THRESHOLD: Partial<Record<Label, number>> = { crisis: 0.4, threat: 0.6 };
// The likeliest sentence read alone (SENTENCE_READ in label-models.ts, in letters of LONG_LETTER
// sentences or more), at a threshold chosen by the same reading rule from `--by-set`'s second table
// and from the thirteenth round's long letters, scored before they were read (session 23):
// - crisis 0.95: the left-out sets 1 more caught (crisis-m) for none flagged, the reserved writers'
//   ordinary messages 4 more flagged (125 to 129 of 5,351), the round's 46 long crisis letters 6 more
//   caught (37 to 43) for 2 more of its 184 other long letters flagged: 7 gained for 6. At 0.9 it
//   was 8 for 10 (reserved 5, sets 1, letters 4), at 0.8 10 for 17, at 0.7 12 for 19.
// - threat none: its sets gain 1 or 2 (threat-l), for 4 to 15 more of the reserved writers'
//   ordinary messages flagged.
const ONLY_ADDS_SENTENCE: Partial<Record<Label, number>> = { crisis: 0.95 };
const HOLD = process.argv.includes('--hold');
// ONE_SENTENCE_FLAW (label-models.ts): the sentence reader's own probability at which it reads its
// category in a long letter, whatever the mean: the one with the best F1 on the reserved writers,
// a tie going to none, then to the higher threshold. `--one-sentence` prints every category's.
const ONE_SENTENCE = [0.5, 0.6, 0.7, 0.8, 0.9];
const SHOW_ONE_SENTENCE = process.argv.includes('--one-sentence');
/** rows: the threshold 0 (none) first, then ONE_SENTENCE's in order. */
function pickOneSentence(rows: readonly { one: number; counts: Counts }[]): number {
  let best = rows[0]!;
  for (const row of [...rows.slice(1)].reverse())
    if (score(row.counts).f1 > score(best.counts).f1 + 1e-9) best = row;
  return best.one;
}
// `--pairs=pressure,criticism` (not with --hold, which scores no pairs): print every pair of
// thresholds those labels' models were scored at, to see how flat the reserved writers' F1 is around
// the chosen pair and what each pair costs in clean messages. Session 35, with the length features
// then tried (label-models.ts), pressure's F1 stayed between 0.748 and 0.769 from an add threshold
// of 0.5 to 0.98.
const SHOW_PAIRS = new Set(
  process.argv
    .find((a) => a.startsWith('--pairs='))
    ?.slice('--pairs='.length)
    .split(',') ?? [],
);
const THRESHOLDS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98];

interface Example {
  text: string;
  source: 'dev' | 'train' | 'fixture' | 'probe';
  /** A probe message's set (its file name); null for every other message. */
  set: string | null;
  /** Its cross-validation fold. */
  fold: number;
  labels: Set<Label>;
  /** The labels the example is labelled for: all of them, or a fixture's own. */
  known: Set<Label> | 'all';
  /** What the rules alone find in it. */
  rules: Set<Label>;
  words: string[];
  /** Each sentence's features, for a pooled model (readersOf). */
  sentences: string[][];
  context: string[];
}

function example(
  source: Example['source'],
  fold: number,
  kind: Kind,
  text: string,
  labels: string[],
  known: Example['known'],
  ruleSet: ShippedRuleSet = RULE_SET,
): Example {
  const found = analyze(text, { kind }, ruleSet, NO_MODELS);
  const rules = new Set<Label>([...found.findings.map((f) => f.category), ...found.components]);
  const tokens = tokenize(text);
  return {
    text,
    source,
    set: null,
    fold,
    labels: new Set(labels as Label[]),
    known,
    rules,
    words: modelFeatures(tokens),
    sentences: buildDoc(text, tokens).sentences.map((x) => modelFeatures(tokens, x.first, x.end)),
    context: contextFeatures(kind, rules),
  };
}

/**
 * Whether an example judges the models: a train.jsonl message of a reserved writer. Rules may be
 * written from the other writers' messages (folds 0 to 2) that they miss, so only folds 3 and 4 show
 * how rules and models carry to wording nobody wrote them for.
 */
const RESERVED_FOLDS: readonly number[] = [3, 4];
const judged = (x: Example): boolean => x.source === 'train' && RESERVED_FOLDS.includes(x.fold);

/** Read once: every corpus of training asks for it. */
let notFromTrain: ShippedRuleSet | undefined;

/**
 * The rules without those written from train.jsonl's misses (corpus/rules-from-train.txt). The
 * messages they were written from are read with this set, so that a rule's finding is never evidence
 * on the very message it was made to find.
 */
export function rulesNotFromTrain(): ShippedRuleSet {
  if (notFromTrain !== undefined) return notFromTrain;
  const ids = new Set(
    readFileSync(join(analyzerRoot, 'corpus', 'rules-from-train.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#')),
  );
  const known = new Set(RULE_SET.rules.map((r) => r.id));
  const unknown = [...ids].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`rules-from-train.txt names no rule ${unknown.join(', ')}`);
  notFromTrain = { ...RULE_SET, rules: RULE_SET.rules.filter((r) => !ids.has(r.id)) };
  return notFromTrain;
}

/** A string's FNV-1a hash: a fixed, well-spread number for a writer's name. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** train.jsonl's messages are folded by writer ("train-c-017": writer c); the others in turn. */
function foldOf(source: Example['source'], id: string, i: number): number {
  return source === 'train' ? hash(id.split('-')[1]!) % FOLDS : i % FOLDS;
}

/**
 * The rules a corpus message is read with in training: only train.jsonl's unreserved writers were
 * written from, so only their messages are read without the rules written from them.
 */
export function rulesFor(source: Example['source'], fold: number): ShippedRuleSet {
  return source === 'train' && !RESERVED_FOLDS.includes(fold) ? rulesNotFromTrain() : RULE_SET;
}

function corpus(file: string, source: Example['source']): Example[] {
  return readFileSync(join(analyzerRoot, 'corpus', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(
      (l) => JSON.parse(l) as { id: string; kind: Kind; text: string; flags: string[]; components: string[] },
    )
    .map((r, i) => {
      const fold = foldOf(source, r.id, i);
      const labels = [...r.flags, ...r.components];
      return example(source, fold, r.kind, r.text, labels, 'all', rulesFor(source, fold));
    });
}

/** Every fixture sentence but crisis-unseen.txt's, which checks what the crisis model learned. */
function fixtures(): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(fixturesDir).sort()) {
    if (!file.endsWith('.txt') || file === 'crisis-unseen.txt') continue;
    // clean.txt's sentences carry no category; every other file's, its own label or not.
    const own = file.slice(0, -'.txt'.length);
    const clean = own === 'clean';
    const known = new Set<Label>(clean ? CATEGORIES : [own as Label, ...ONLY_ADDS]);
    readFixture(file).lines.forEach(({ text, positive }, i) =>
      out.push(example('fixture', i % FOLDS, 'message', text, positive && !clean ? [own] : [], known)),
    );
  }
  return out;
}

/** ANALYZER.md's clean examples and their kin (test/fixtures/hard-negatives.json): no category. */
function specClean(): Example[] {
  const file = join(analyzerRoot, 'test', 'fixtures', 'hard-negatives.json');
  const { clean } = JSON.parse(readFileSync(file, 'utf8')) as { clean: string[] };
  return clean.map((text, i) => example('fixture', i % FOLDS, 'apology', text, [], new Set(CATEGORIES)));
}

/**
 * ANALYZER.md's cues, each as a short message (test/fixtures/spec-examples.json), in every kind a
 * draft can have: the contract's own examples, which no model may silence (see choose).
 */
function specExamples(): Map<Label, Example[]> {
  const file = join(analyzerRoot, 'test', 'fixtures', 'spec-examples.json');
  const { examples: byLabel } = JSON.parse(readFileSync(file, 'utf8')) as {
    examples: Partial<Record<Label, string[]>>;
  };
  const kinds: Kind[] = ['apology', 'request', 'message'];
  return new Map(
    Object.entries(byLabel).map(([label, texts]) => [
      label as Label,
      texts.flatMap((text) =>
        kinds.map((kind) => example('fixture', 0, kind, text, [label], new Set([label as Label]))),
      ),
    ]),
  );
}
const SPEC_EXAMPLES = specExamples();

/** The probe sets' messages, each for its own category only; never a set kept back. */
export function probes(): Example[] {
  return readdirSync(probesDir)
    .filter((file) => file.endsWith('.txt') && !KEPT_BACK_PROBES.includes(file))
    .sort()
    .flatMap((file) => {
      const label = file.slice(0, file.indexOf('-')) as Label;
      return readFixture(file, probesDir).lines.map(({ text, positive }, i) => ({
        // Folds by line, as for the fixtures: a probe message trains four folds of five and is
        // never judged.
        ...example('probe', i % FOLDS, 'message', text, positive ? [label] : [], new Set([label])),
        set: file,
      }));
    });
}

// Each message counts once. The dev corpus is the held-out part's voice, and counting each of its
// messages three times in fitting was tried (session 28): cross-validated on dev, flags micro-F1
// 0.926 to 0.924; on the reserved writers 0.811 to 0.812, with 244 clean messages flagged for 222.
export function examples(): Example[] {
  return [
    ...corpus('dev.jsonl', 'dev'),
    ...corpus('train.jsonl', 'train'),
    ...fixtures(),
    ...specClean(),
    // The models that only add (crisis, threat) need no reminder: the rules find those cues.
    ...[...SPEC_EXAMPLES].flatMap(([label, cues]) => (decides(label) ? cues : [])),
    ...probes(),
  ];
}
/** An example's features as numbers: encoded once, read by every label's models. */
interface Encoded {
  words: Int32Array;
  sentences: Int32Array[];
  context: Int32Array;
}

class Features {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  private readonly done = new WeakMap<Example, Encoded>();
  encode(features: readonly string[]): Int32Array {
    return Int32Array.from(features, (f) => {
      let id = this.ids.get(f);
      if (id === undefined) {
        this.ids.set(f, (id = this.names.length));
        this.names.push(f);
      }
      return id;
    });
  }
  /**
   * An example's features, encoded the first time a label reads it. Encoding each label's messages
   * afresh took 12 to 17 s a label, a third of training (session 28).
   */
  of(x: Example): Encoded {
    let out = this.done.get(x);
    if (out === undefined) {
      out = {
        words: this.encode(x.words),
        sentences: x.sentences.map((s) => this.encode(s)),
        context: this.encode(x.context),
      };
      this.done.set(x, out);
    }
    return out;
  }
}

export interface Choice {
  label: Label;
  /** Per judged message, in order: whether it reads as the label (cross-validated, models as shipped). */
  reads: boolean[];
  /** The same per dev message, in order (the held-out part's voice; rules were written from them). */
  devReads: boolean[];
  /** Cross-validated F1 on the judged messages: the rules alone, and with the model at its threshold. */
  rulesF1: number;
  modelF1: number;
  threshold: number;
  keep: number;
  /** The likeliest sentence's threshold read alone (ModelSet.sentence); 0 for none. */
  sentence: number;
  ships: boolean;
  /** Its models fitted on every training message, when they ship (ENSEMBLE: two). */
  fit: Fit[] | null;
  /** Per model, whether it reads the likeliest sentence only (ModelSet.pooled). */
  pooled: boolean[];
}

// What a label's models read. Until session 27 each label had one model, pooled (its likeliest
// sentence) for the components and criticism, from session 17's runs on the reserved writers, each
// model fitted both ways: every component read better so (components micro-F1 0.858 to 0.868), and
// of the categories only criticism beat its whole-message model by MIN_GAIN (0.719 to 0.737); pooled,
// the categories together did worse (flags 0.773 to 0.755): a flaw is as often in how the whole
// message reads. Since session 27 every label that decides has both models, their probabilities
// averaged (ENSEMBLE in label-models.ts): each reader catches what the other misses. Cross-validated
// on the reserved writers with thresholds chosen alike, the categories but crisis and threat went
// from 0.791 whole (0.786 pooled) to 0.800, and the components from 0.894 pooled (0.882 whole) to
// 0.896; the dev corpus from 0.904 to 0.918 and from 0.938 to 0.944. Crisis and threat keep one
// whole-message model, which reads a long letter's likeliest sentence alone besides (SENTENCE_READ);
// a pooled crisis model beside it gained about one crisis message per false alarm on the kept-back
// sets, no better than loosening that.
/** What each of a label's models reads: whether it is pooled, one entry a model. */
const readersOf = (label: Label): boolean[] => (decides(label) ? [false, true] : [false]);

const NOT_ALONE: Data['alone'] = { context: new Int32Array(0), sentences: [] };

/** A message as a label's model reads it. */
function encode(
  label: Label,
  x: Example,
  features: Features,
  pooled: boolean,
): Pick<Data, 'f' | 's' | 'alone'> {
  const { words, sentences, context: all } = features.of(x);
  const context = decides(label) ? all : all.subarray(0, 1);
  if (pooled) return { f: context, s: sentences, alone: NOT_ALONE };
  const alone = decides(label) ? NOT_ALONE : { context, sentences };
  const f = new Int32Array(words.length + context.length);
  f.set(words);
  f.set(context, words.length);
  return { f, s: [], alone };
}

/** The messages a label's model reads, as features. */
function dataFor(
  label: Label,
  all: readonly Example[],
  features: Features,
  pooled = false,
): { used: Example[]; data: Data[] } {
  const used = all.filter((x) => x.known === 'all' || x.known.has(label));
  const data = used.map((x) => ({ ...encode(label, x, features, pooled), y: x.labels.has(label) }));
  return { used, data };
}

/** A label's messages encoded, ready to fit, and what choosing its thresholds needs besides. */
interface PreparedLabel {
  label: Label;
  /** Per model of the label, whether it is pooled. */
  pooled: boolean[];
  used: Example[];
  /** One job a model, packed (crossFitAll says why). */
  jobs: PackedJob[];
  /**
   * The contract's own examples the rules find the label in, as each model reads them (see choose):
   * spec[model][example].
   */
  spec: Pick<Data, 'f' | 's'>[][];
}

/** Encode a label's messages. */
function prepare(label: Label, all: readonly Example[], features: Features): PreparedLabel {
  const pooled = readersOf(label);
  const encoded = pooled.map((one) => dataFor(label, all, features, one));
  const used = encoded[0]!.used;
  const size = features.names.length;
  // A word the training data never had has no weight, as in use.
  const known = (ids: Int32Array): Int32Array => ids.filter((id) => id < size);
  const spec = pooled.map((one) =>
    decides(label)
      ? (SPEC_EXAMPLES.get(label) ?? [])
          .filter((x) => x.rules.has(label))
          .map((x) => encode(label, x, features, one))
          .map(({ f, s }) => ({ f: known(f), s: s.map(known) }))
      : [],
  );
  const folds = used.map((x) => x.fold);
  const jobs = encoded.map(({ data }) => pack({ data, folds, size, count: FOLDS }));
  return { label, pooled, used, spec, jobs };
}

/**
 * The kept-back sets that choose thresholds (KEPT_BACK_REACH), by category: every kept-back set but
 * MEASURE_ONLY_PROBES and crisis's and threat's, whose thresholds are fixed.
 */
function thresholdSets(): Map<Label, Example[]> {
  const out = new Map<Label, Example[]>();
  for (const file of KEPT_BACK_PROBES.filter(choosesThresholds)) {
    const label = file.slice(0, file.indexOf('-')) as Label;
    const lines = readFixture(file, probesDir).lines.map(({ text, positive }) => ({
      ...example('probe', 0, 'message', text, positive ? [label] : [], new Set([label])),
      set: file,
    }));
    out.set(label, [...(out.get(label) ?? []), ...lines]);
  }
  return out;
}

/**
 * How the models as they ship (fitted on every message) read a label's kept-back messages: the mean
 * of their probabilities, as in use. Words the models never read carry no weight.
 */
function shippedReads(
  { label, pooled }: PreparedLabel,
  fitted: readonly FoldReads[],
  features: Features,
  kept: readonly Example[],
): number[] {
  return kept.map(
    (x) =>
      fitted.reduce((sum, { whole }, k) => {
        const { f, s } = encode(label, x, features, pooled[k]!);
        const known = (ids: Int32Array): Int32Array => ids.filter((id) => id < whole.w.length);
        return sum + probability(whole, { f: known(f), s: s.map(known) });
      }, 0) / fitted.length,
  );
}

function choose(
  prepared: PreparedLabel,
  fitted: readonly FoldReads[],
  features: Features,
  kept: readonly Example[],
): Choice {
  const { label, pooled, used, spec } = prepared;
  // A label's models read as one: the mean of their probabilities (ENSEMBLE).
  const outOfFold = used.map((_, i) => fitted.reduce((sum, f) => sum + f.outOfFold[i]!, 0) / fitted.length);
  const aloneOutOfFold = fitted[0]!.aloneOutOfFold;
  const whole = fitted.map((f) => f.whole);
  const data = used.map((x) => ({ y: x.labels.has(label) }));
  const counts = (reads: (i: number) => boolean, only: (i: number) => boolean): Counts => {
    const c = { tp: 0, fp: 0, fn: 0 };
    data.forEach((x, i) => {
      if (only(i)) count(c, x.y, reads(i));
    });
    return c;
  };
  const fresh = (i: number): boolean => judged(used[i]!);
  const byRules = (i: number): boolean => used[i]!.rules.has(label);
  // What the rules and the model read together: a label the rules found stays while the model gives
  // it at least `keep`; one they did not is added from `add` up, or (a model that only adds) from
  // `alone` up for its likeliest sentence read alone, or (a category that decides) from `one` up for
  // its sentence reader's own probability in a long letter (ONE_SENTENCE_FLAW).
  const alone =
    pooled.length === 1 && readsSentenceAlone(label, pooled[0]!) ? (ONLY_ADDS_SENTENCE[label] ?? 0) : 0;
  const pooledAt = pooled.indexOf(true);
  const long = (i: number): boolean => used[i]!.sentences.length >= LONG_LETTER;
  const withModel =
    (add: number, keep: number, one = 0) =>
    (i: number): boolean =>
      outOfFold[i]! >= (byRules(i) ? keep : add) ||
      (alone > 0 && aloneOutOfFold[i]! >= alone) ||
      (one > 0 && pooledAt >= 0 && long(i) && fitted[pooledAt]!.outOfFold[i]! >= one);
  let sentence = alone;
  // Clean as eval counts it: no category, whatever apology parts the message has.
  const cleanAlarms = (reads: (i: number) => boolean): number =>
    data.filter((_, i) => fresh(i) && isClean(used[i]!) && reads(i)).length;
  const rulesF1 = score(counts(byRules, fresh)).f1;
  let threshold = THRESHOLDS[THRESHOLDS.length - 1]!;
  let keep = 0;
  let modelF1 = -1;
  // The model as it would ship is fitted on every message (whole): the contract's own examples
  // (SPEC_EXAMPLES) keep what the rules find in them, so `keep` must stay at or under the lowest
  // probability it gives one of them.
  const keepAtMost = Math.min(
    1,
    ...spec[0]!.map(
      (_, j) => whole.reduce((sum, m, k) => sum + probability(m, spec[k]![j]!), 0) / whole.length,
    ),
  );
  const fixed = ONLY_ADDS_THRESHOLD[label];
  const held = HOLD ? LABEL_MODELS.labels.indexOf(label) : -1;
  if (HOLD && fixed === undefined) {
    // As committed: the same pair of thresholds; a label that ships no model keeps the rules alone.
    if (held >= 0) {
      [threshold, keep] = [LABEL_MODELS.threshold[held]!, LABEL_MODELS.keep[held]!];
      if (pooledAt >= 0) sentence = LABEL_MODELS.sentence?.[held + pooledAt] ?? 0;
      modelF1 = score(counts(withModel(threshold, keep, sentence), fresh)).f1;
    }
  } else if (fixed !== undefined) {
    // Recall first, at the threshold chosen from `--by-set`. Nothing the rules found is removed.
    threshold = fixed;
    modelF1 = score(counts(withModel(threshold, 0), fresh)).f1;
  } else {
    // The best F1; among pairs near it (NEAR_BEST), the one that flags the fewest clean messages;
    // or, where kept-back sets choose, the one that reads them best (KEPT_BACK_REACH).
    const keptProb = shippedReads(prepared, fitted, features, kept);
    const keptCounts = (add: number, k: number): Counts => {
      const c = { tp: 0, fp: 0, fn: 0 };
      kept.forEach((x, j) => count(c, x.labels.has(label), keptProb[j]! >= (x.rules.has(label) ? k : add)));
      return c;
    };
    const pairs = THRESHOLDS.flatMap((add) =>
      [0, ...THRESHOLDS.filter((t) => t <= add && t <= Math.min(keepAtMost, KEEP_AT_MOST))].map((k) => {
        const reads = withModel(add, k);
        const c = counts(reads, fresh);
        const kc = kept.length > 0 ? keptCounts(add, k) : null;
        const keptBack = kc ? { keptBack: score(kc).f1 } : {};
        return { add, keep: k, f1: score(c).f1, alarms: cleanAlarms(reads), counts: c, kc, ...keptBack };
      }),
    );
    // The committed pair stays while it is still near the best (STICKY).
    const was = LABEL_MODELS.labels.indexOf(label);
    const committed = was >= 0 ? { add: LABEL_MODELS.threshold[was]!, keep: LABEL_MODELS.keep[was]! } : null;
    const chosen =
      kept.length > 0
        ? pickByKeptBack(pairs, KEPT_BACK_REACH, committed)
        : pickPair(pairs, NEAR_BEST, committed);
    if (SHOW_PAIRS.has(label))
      for (const { add, keep: k, f1, alarms, counts: c, kc } of pairs) {
        const mark = add === chosen.add && k === chosen.keep ? '  chosen' : '';
        const sets = kc
          ? `; kept-back sets that choose: caught ${kc.tp} of ${kc.tp + kc.fn}, ${kc.fp} flagged`
          : '';
        console.log(
          `${label} add ${add} keep ${k}: F1 ${f1.toFixed(3)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}), clean flagged ${alarms}${sets}${mark}`,
        );
      }
    [threshold, keep, modelF1] = [chosen.add, chosen.keep, chosen.f1];
    if ((CATEGORIES as readonly Label[]).includes(label)) {
      const rows = [0, ...ONE_SENTENCE].map((one) => {
        const reads = withModel(threshold, keep, one);
        return { one, counts: counts(reads, fresh), alarms: cleanAlarms(reads) };
      });
      sentence = pickOneSentence(rows);
      modelF1 = score(counts(withModel(threshold, keep, sentence), fresh)).f1;
      if (SHOW_ONE_SENTENCE)
        for (const { one, counts: c, alarms } of rows)
          console.log(
            `${label} one sentence from ${one || 'never'}: F1 ${score(c).f1.toFixed(4)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}), clean flagged ${alarms}${one === sentence ? '  chosen' : ''}`,
          );
    }
  }
  const ships = HOLD ? held >= 0 : ONLY_ADDS.includes(label) || modelF1 >= rulesF1 + MIN_GAIN;
  const shipped = ships ? whole : null;
  const readsWhere = (only: (i: number) => boolean): boolean[] =>
    data.flatMap((_, i) => (only(i) ? [ships ? withModel(threshold, keep, sentence)(i) : byRules(i)] : []));
  const reads = readsWhere(fresh);
  const devReads = readsWhere((i) => used[i]!.source === 'dev');
  return { label, reads, devReads, rulesF1, modelF1, threshold, keep, sentence, ships, fit: shipped, pooled };
}

export async function train(): Promise<{ models: ModelSet; choices: Choice[]; all: Example[] }> {
  const all = examples();
  const features = new Features();
  const prepared = LABELS.map((label) => prepare(label, all, features));
  const fitted = await crossFitAll(prepared.flatMap((p) => p.jobs));
  let next = 0;
  const kept = thresholdSets();
  const choices = prepared.map((p) =>
    choose(p, fitted.slice(next, (next += p.jobs.length)), features, kept.get(p.label) ?? []),
  );
  // One model a fit: a label with two (ENSEMBLE) is named twice, with the same thresholds.
  const shipped = choices.flatMap((c) =>
    c.fit === null ? [] : c.fit.map((fit, k) => ({ ...c, fit, pooled: c.pooled[k]! })),
  );
  // By name, so that the module's lines stay in one order however the features were numbered.
  const weights: Record<string, number[]> = {};
  const byName = features.names.map((name, id) => ({ name, id }));
  byName.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, id } of byName) {
    const row = shipped.flatMap((c, m) => (c.fit.w[id] ? [m, c.fit.w[id]!] : []));
    if (row.length > 0) weights[name] = row;
  }
  return {
    models: {
      labels: shipped.map((c) => c.label),
      bias: shipped.map((c) => c.fit.b),
      threshold: shipped.map((c) => c.threshold),
      keep: shipped.map((c) => c.keep),
      pooled: shipped.map((c) => c.pooled),
      sentence: shipped.map((c) => c.sentence),
      weights,
    },
    choices,
    all,
  };
}

/** A line of JSON as a single-quoted string literal: its backslashes and quotes escaped. */
const quoted = (line: string): string => `'${line.replace(/\\|'/g, (m) => `\\${m}`)}'`;

/**
 * The generated module: one feature per line, so a diff shows what changed. The models are JSON,
 * one string a line, parsed when the module loads. As an object literal of 300,000 properties (25
 * MB) the module took the test runner's transform past a 4 GB heap, and as one string it took V8 three
 * times as long to compile (session 27: 9.6 s for one string, 16 s for one template, 3.1 s as lines,
 * 3.8 s as an object literal).
 */
export function renderModels(models: ModelSet): string {
  const { weights, ...head } = models;
  const json = [
    '{',
    ...Object.entries(head).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)},`),
    '"weights": {',
    ...Object.entries(weights).map(
      ([f, row], i, all) => `${JSON.stringify(f)}: ${JSON.stringify(row)}${i < all.length - 1 ? ',' : ''}`,
    ),
    '}',
    '}',
  ];
  return [
    '// Generated from the dev corpus, train.jsonl and the fixtures by `npm run train:models`',
    '// (packages/analyzer/scripts/train-models.ts). Do not edit by hand; a test fails when it is stale.',
    "import type { ModelSet } from '../label-models.js';",
    '',
    'export const LABEL_MODELS = JSON.parse(',
    '  [',
    ...json.map((line) => `    ${quoted(line)},`),
    "  ].join('\\n'),",
    ') as ModelSet;',
    '',
  ].join('\n');
}

/** F1 with its precision and recall, in percent. */
function scored(c: Counts): string {
  const s = score(c);
  return `${s.f1.toFixed(3)} (P ${(100 * s.precision).toFixed(1)}, R ${(100 * s.recall).toFixed(1)})`;
}

export function report(choices: readonly Choice[], all: readonly Example[]): string {
  const fresh = all.filter(judged);
  const categories = choices.filter((c) => !isComponent(c.label));
  const clean = fresh.flatMap((x, i) => (isClean(x) ? [{ x, i }] : []));
  const flagged = (withModels: boolean): string => {
    const n = clean.filter(({ x, i }) =>
      categories.some((c) => (withModels ? c.reads[i] : x.rules.has(c.label))),
    ).length;
    return `${((100 * n) / clean.length).toFixed(1)}% (${n})`;
  };
  const lines = choices.map(
    (c) =>
      `${c.label.padEnd(15)} rules ${c.rulesF1.toFixed(3)}  with model ${c.modelF1.toFixed(3)} at ${c.threshold} (keep ${c.keep})  ${c.ships ? 'ships' : '-'}${c.pooled.length > 1 ? ', whole and pooled' : c.pooled[0] ? ', pooled' : ''}`,
  );
  for (const [name, group] of [
    ['flags', categories],
    ['components', choices.filter((c) => isComponent(c.label))],
  ] as const) {
    // With precision and recall: which way F1 falls short says whether thresholds or readers lack.
    const micro = (withModels: boolean): string => {
      const c = { tp: 0, fp: 0, fn: 0 };
      for (const choice of group)
        fresh.forEach((x, i) =>
          count(c, x.labels.has(choice.label), withModels ? choice.reads[i]! : x.rules.has(choice.label)),
        );
      return scored(c);
    };
    lines.push(
      `${name} micro-F1 on the reserved writers of train.jsonl: rules ${micro(false)}, with the models ${micro(true)}`,
    );
  }
  lines.push(
    `clean messages of the reserved writers flagged: rules ${flagged(false)}, with the models ${flagged(true)}`,
  );
  // The dev corpus cross-validated: the voice and labelling of the held-out part, which nothing here
  // reads. Rules were written from these messages, so the rules' figure flatters them; it is shown
  // to compare models on the same rules, never to choose thresholds.
  const dev = all.filter((x) => x.source === 'dev');
  const devMicro = (group: readonly Choice[], withModels: boolean): string => {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const choice of group)
      dev.forEach((x, i) =>
        count(c, x.labels.has(choice.label), withModels ? choice.devReads[i]! : x.rules.has(choice.label)),
      );
    return scored(c);
  };
  const devClean = dev.flatMap((x, i) => (isClean(x) ? [i] : []));
  const devFlagged = devClean.filter((i) => categories.some((c) => c.devReads[i])).length;
  lines.push(
    `dev, cross-validated: flags micro-F1 rules ${devMicro(categories, false)}, with the models ${devMicro(categories, true)}; components with the models ${devMicro(
      choices.filter((c) => isComponent(c.label)),
      true,
    )}; clean flagged ${devFlagged} of ${devClean.length}`,
  );
  // Which categories spend the clean budget: a message flagged by two counts for both.
  const spend = categories
    .map((c) => ({
      label: c.label,
      rules: clean.filter(({ x }) => x.rules.has(c.label)).length,
      models: clean.filter(({ i }) => c.reads[i]).length,
    }))
    .filter((s) => s.rules + s.models > 0)
    .sort((a, b) => b.models - a.models || b.rules - a.rules);
  lines.push(
    `  of ${clean.length}, by category (rules, with the models): ${spend.map((s) => `${s.label} ${s.rules} ${s.models}`).join(', ')}`,
  );
  // In messages, for the reading rule of crisis sets (rule-files.ts): F1 hides what one more flag buys.
  for (const c of choices.filter((x) => ONLY_ADDS.includes(x.label))) {
    const has = fresh.flatMap((x, i) => (x.labels.has(c.label) ? [i] : []));
    const without = fresh.flatMap((x, i) => (x.labels.has(c.label) ? [] : [i]));
    lines.push(
      `${c.label} on the reserved writers, with the model: ${has.filter((i) => c.reads[i]).length} of ${has.length} caught, ${without.filter((i) => c.reads[i]).length} of ${without.length} without it flagged`,
    );
  }
  return lines.join('\n');
}

/**
 * How a model that only adds (crisis, threat) reads voices it has not read, threshold by threshold:
 * each probe set it reads is left out in turn, the model fitted without it and the set scored (its
 * messages caught, its near misses flagged, by the rules or the model); and the reserved writers'
 * messages without the label, scored across folds as `--report` does, show what each threshold costs
 * on ordinary messages. Nothing here reads a set kept back.
 */
export function bySet(label: Label, all: readonly Example[]): string {
  const features = new Features();
  const { used, data } = dataFor(label, all, features);
  const size = features.names.length;
  const at = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
  const reads = (model: Fit, i: number, t: number): boolean =>
    used[i]!.rules.has(label) || probability(model, data[i]!) >= t;
  const row = (name: string, cells: string[]): string => `${name.padEnd(44)} ${cells.join(' ')}`;
  const lines = [
    row(
      `${label}: threshold`,
      at.map((t) => String(t).padEnd(15)),
    ),
  ];
  const models = Array.from({ length: FOLDS }, (_, k) =>
    fit(
      data.filter((_, i) => used[i]!.set !== null || used[i]!.fold !== k),
      size,
    ),
  );
  const ordinary = used.flatMap((x, i) => (judged(x) && !x.labels.has(label) ? [i] : []));
  lines.push(
    row(
      `reserved writers, ${ordinary.length} without it, flagged`,
      at.map((t) => String(ordinary.filter((i) => reads(models[used[i]!.fold]!, i, t)).length).padEnd(15)),
    ),
  );
  const sets = [...new Set(used.flatMap((x) => (x.set?.startsWith(`${label}-`) ? [x.set] : [])))];
  // The second table: the whole message at the committed threshold, and the likeliest sentence read
  // alone from each threshold (0: not read).
  const whole = ONLY_ADDS_THRESHOLD[label] ?? 0.5;
  const alone = [0, 0.6, 0.7, 0.8, 0.9, 0.95];
  const readsAlone = (model: Fit, i: number, t: number): boolean =>
    reads(model, i, whole) || (t > 0 && aloneProbability(model, data[i]!) >= t);
  const second = [
    row(
      `${label} at ${whole}, a sentence alone from`,
      alone.map((t) => String(t).padEnd(15)),
    ),
    row(
      `reserved writers, ${ordinary.length} without it, flagged`,
      alone.map((t) =>
        String(ordinary.filter((i) => readsAlone(models[used[i]!.fold]!, i, t)).length).padEnd(15),
      ),
    ),
  ];
  for (const set of sets) {
    const model = fit(
      data.filter((_, i) => used[i]!.set !== set),
      size,
    );
    const mine = used.flatMap((x, i) => (x.set === set ? [i] : []));
    const pos = mine.filter((i) => data[i]!.y);
    const neg = mine.filter((i) => !data[i]!.y);
    const cell =
      (by: (model: Fit, i: number, t: number) => boolean) =>
      (t: number): string =>
        `${pos.filter((i) => by(model, i, t)).length}/${pos.length} ${neg.filter((i) => by(model, i, t)).length}/${neg.length}`.padEnd(
          15,
        );
    lines.push(row(`${set} left out: caught, flagged`, at.map(cell(reads))));
    second.push(row(`${set} left out: caught, flagged`, alone.map(cell(readsAlone))));
  }
  return [...lines, '', ...second].join('\n');
}

runMain(import.meta.url, async () => {
  if (process.argv.includes('--by-set')) {
    const all = examples();
    console.log(`${bySet('crisis', all)}\n\n${bySet('threat', all)}`);
    return;
  }
  const { models, choices, all } = await train();
  if (process.argv.includes('--report')) console.log(report(choices, all));
  if (HOLD) console.log('thresholds held as committed: nothing written');
  else writeOrCheck(modelPath, renderModels(models), 'npm run train:models');
});
