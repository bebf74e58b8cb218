// Reads packages/analyzer/rules/*.yml from disk for the scripts and tests (the library never does I/O).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadRuleFiles, type RuleFile } from '../src/rules/load.js';
import type { RuleSet } from '../src/rules/schema.js';
import { ONLY_ADDS } from '../src/label-models.js';

export const analyzerRoot = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = join(analyzerRoot, '..', '..');
export const rulesDir = join(analyzerRoot, 'rules');
export const compiledPath = join(analyzerRoot, 'src', 'rules', 'compiled.generated.ts');
export const docPath = join(repoRoot, 'docs', 'rules.md');
export const fixturesDir = join(analyzerRoot, 'test', 'fixtures', 'paraphrases');
export const probesDir = join(analyzerRoot, 'corpus', 'probes');
/**
 * Probe sets nothing is written or trained from: they measure how far the rules and the models reach
 * on wording nobody wrote them for. Training reads the other sets, each for its own category. A set
 * for a category other than crisis and threat is read only when reading it costs the reserved
 * writers' F1 of its category no more than 0.005 (the spread between retrains) and leaves its
 * category's set kept back no worse (messages caught less near misses flagged); ANALYZER.md's own
 * examples keep their findings whatever is read (SPEC_EXAMPLES in train-models.ts). The -a sets of
 * session 11 (but arguing-a) and those of vague, conditional, demand and stonewalling (session 12)
 * are kept back as those measures. Sets that failed the rule are kept back too: defensiveness-c,
 * self_focus-e, stonewalling-c, blame-f and minimizing-f cost the reserved writers' F1 0.006 to 0.023,
 * and excuse-d, criticism-f and pressure-e left their category's -a set worse (caught less flagged);
 * in session 13, blame-g, arguing-d and defensiveness-e cost 0.006 to 0.015. A crisis set is read
 * when it costs the reserved writers' crisis F1 no more than 0.005 and leaves crisis-e and crisis-k,
 * together, no worse (crisis-l and crisis-m, session 13). In session 14 crisis-n and crisis-o left
 * crisis-e and crisis-k better (caught 369 to 377, flagged 63 to 67) but cost the reserved writers'
 * crisis F1 0.010 together (0.008 and 0.013 alone): more of their ordinary messages flagged. They
 * are kept back, the third and fourth crisis measures.
 *
 * From session 14, fixed before its sets were written, a category set (not crisis or threat) is read
 * when, read, it leaves its category's kept-back sets together better (messages caught less near
 * misses flagged, by at least 1) and costs the reserved writers' flags micro-F1, every category
 * together, no more than 0.005. The category's own reserved F1 no longer decides: the reserved
 * writers are the corpus's own voices, and in the weakest categories every set of new voices cost it
 * more than the spread, while the kept-back sets stand for writers the analyzer has not seen, as an
 * independent evaluation's will be. Sets kept back under the older rule stay kept back. Its first
 * round (session 14), each set read alone: defensiveness-f took defensiveness-a, -c and -e together
 * from 353 caught and 27 flagged to 398 and 28, arguing-e took arguing-d from 118 and 3 to 126 and 4,
 * blame-h took blame-a, -f and -g from 383 and 14 to 417 and 17; flags micro-F1 0.761 with none read,
 * 0.762, 0.761 and 0.762 with each read alone. All three are read; together, 0.761. Its second
 * round, on top of the first: defensiveness-g took defensiveness-a, -c and -e from 398 caught and 28
 * flagged to 398 and 25 (flags micro-F1 0.761 to 0.760), pressure-f took pressure-a and -e from 255
 * and 2 to 261 and 2 (0.761): both read. blame-i left blame-a, -f and -g worse (417 and 17 to 405 and
 * 12) and contempt-g left contempt-a worse (135 and 3 to 132 and 4): kept back, as measures. Its
 * third round: criticism-g took criticism-a and -f from 313 caught and 14 flagged to 327 and 14 (flags
 * micro-F1 0.760 unchanged): read. excuse-f left excuse-a and -d worse (325 and 17 to 320 and 15) and
 * minimizing-g left minimizing-a and -f worse (288 and 14 to 284 and 15): kept back.
 *
 * From session 15, fixed before its sets were written, a crisis set is read when, read alone, it
 * catches at least 2 more crisis messages, counted on the kept-back crisis sets (e, k, n, o) and the
 * reserved writers together, and adds no more false alarms than that (near misses of those sets and
 * reserved writers' messages without crisis newly flagged crisis): at most one false alarm for each
 * crisis message it gains. Counted in messages, recall first: the F1 rule before it refused sets that
 * helped new voices because any extra flag on the reserved writers cost F1, however many crisis
 * messages it bought. `train:models --report` prints the reserved writers' crisis counts.
 *
 * Session 15, each set read alone: crisis-p caught 1 more (crisis-e, -k, -n and -o 721 to 722, the
 * reserved writers 311 either way) for 9 more of the reserved writers' ordinary messages flagged (79
 * to 88), and crisis-q none more for 5 (79 to 84): both kept back, the fifth and sixth crisis
 * measures. Of the category sets, defensiveness-h took defensiveness-a, -c and -e from 398 caught
 * and 25 flagged to 415 and 27 (flags micro-F1 0.760 to 0.761): read. arguing-f left arguing-d worse
 * (126 and 4 to 120 and 2), blame-j blame-a, -f, -g and -i (526 and 19 to 504 and 17) and
 * self_focus-f self_focus-e (150 and 1 to 146 and 1): kept back. Its second round, on top of
 * defensiveness-h: contempt-h took contempt-a and -g from 233 caught and 3 flagged to 278 and 10
 * (flags micro-F1 0.761 to 0.762) and pressure-g took pressure-a and -e from 261 and 2 to 270 and 2
 * (0.761): both read. defensiveness-i left defensiveness-a, -c and -e worse (415 and 27 to 382 and
 * 25) and criticism-h left criticism-a and -f worse (327 and 14 to 326 and 15): kept back.
 *
 * The rule guards flags F1 but not the clean messages flagged, and session 15's reads took the
 * reserved writers' rate from 7.8% to 8.1% (defensiveness-h alone 7.8 to 8.0); held-out look 27,
 * the first since session 14's first round, then found 5.1% against ANALYZER.md's 5%. What is read stays read (undoing it
 * because of a held-out figure would be tuning on the held-out part). From session 16, a set is
 * read only if, besides the above, it raises the reserved writers' clean-flagged rate by at most 0.1
 * points, and a round's reads together by at most 0.1.
 *
 * Silencing false alarms, fixed in session 16 before any was tried: a condition that silences a
 * rule (`unless`, or a narrower pattern) is written from clean messages the rule flags in the dev
 * corpus, train.jsonl's unreserved writers (folds 0 to 2) and the near misses of sets already read,
 * never from the reserved writers, a kept-back set or the held-out part. It stays when, the models
 * retrained, it lowers the reserved writers' clean messages flagged and costs their flags micro-F1
 * no more than 0.005. A crisis or threat condition may cost no crisis or threat message the rules
 * caught anywhere they are scored (train, dev, every probe set, kept-back sets included): recall
 * first. `train:models --report` prints which categories flag the reserved writers' clean messages.
 * Its first batch (offers to apologise in person, owned lies and insults, idioms beside crisis rules)
 * took them from 173 to 166 at 0.761 flags micro-F1 (from 0.762): kept. Its second (a plain "I'm
 * safe now" silencing the crisis rules that fire on a past crisis told as past) cost no crisis
 * message and took the rules' count from 213 to 212, but the retrain moved blame's thresholds (0.95
 * back to 0.8) and the count with the models went 166 to 167: dropped, as the rule says.
 * From then on (amended after that batch, and not used to retry it this session), a change is
 * judged at the committed thresholds (`train:models --report --hold`), so that what is measured is
 * the change and not a threshold the retrain moved; the models are then retrained as usual.
 *
 * Session 26: crisis-r, four writers' crisis buried in long letters, requests and journals beside
 * twins, kept back from the start as a seventh crisis measure (never read, so not tried).
 */
export const KEPT_BACK_PROBES: readonly string[] = [
  'arguing-d.txt',
  'arguing-f.txt',
  'blame-a.txt',
  'blame-f.txt',
  'blame-g.txt',
  'blame-i.txt',
  'blame-j.txt',
  'conditional-a.txt',
  'contempt-a.txt',
  'contempt-g.txt',
  'crisis-e.txt',
  'crisis-k.txt',
  'crisis-n.txt',
  'crisis-o.txt',
  'crisis-p.txt',
  'crisis-q.txt',
  'crisis-r.txt',
  'criticism-a.txt',
  'criticism-f.txt',
  'criticism-h.txt',
  'defensiveness-a.txt',
  'defensiveness-c.txt',
  'defensiveness-e.txt',
  'defensiveness-i.txt',
  'demand-a.txt',
  'excuse-a.txt',
  'excuse-d.txt',
  'excuse-f.txt',
  'minimizing-a.txt',
  'minimizing-f.txt',
  'minimizing-g.txt',
  'pressure-a.txt',
  'pressure-e.txt',
  'self_focus-e.txt',
  'self_focus-f.txt',
  'stonewalling-a.txt',
  'stonewalling-c.txt',
  'threat-c.txt',
  'threat-g.txt',
  'threat-h.txt',
  'threat-i.txt',
  'vague-a.txt',
];

/**
 * The kept-back sets that choose nothing, not even thresholds: each category's last kept-back set
 * where it has two or more. The others of a category's kept-back sets (crisis and threat aside, whose
 * thresholds are fixed) choose its model's pair of thresholds among those the reserved writers cannot
 * tell apart (pickByKeptBack, from session 36): read through the model, never trained on. So their
 * figures from then on flatter the thresholds a little, and these sets are the measure that stays
 * clean. Demand, conditional and vague have one kept-back set each, which chooses.
 */
export const MEASURE_ONLY_PROBES: readonly string[] = [
  'arguing-f.txt',
  'blame-j.txt',
  'contempt-g.txt',
  'criticism-h.txt',
  'defensiveness-i.txt',
  'excuse-f.txt',
  'minimizing-g.txt',
  'pressure-e.txt',
  'self_focus-f.txt',
  'stonewalling-c.txt',
];

/** Whether a probe set chooses its category's thresholds: kept back, not measure-only, a model that decides. */
export const choosesThresholds = (file: string): boolean =>
  KEPT_BACK_PROBES.includes(file) &&
  !MEASURE_ONLY_PROBES.includes(file) &&
  !(ONLY_ADDS as readonly string[]).includes(file.slice(0, file.indexOf('-')));

/** A paraphrase fixture: "+ " lines must carry its label, "- " lines must not; "#" starts a comment. */
export interface Fixture {
  /** Every sentence, in the file's order. */
  lines: { text: string; positive: boolean }[];
  positives: string[];
  negatives: string[];
}

export function readFixture(file: string, dir = fixturesDir): Fixture {
  const lines: Fixture['lines'] = [];
  for (const raw of readFileSync(join(dir, file), 'utf8').split('\n')) {
    const line = raw.trim();
    if (line.startsWith('+ ') || line.startsWith('- '))
      lines.push({ text: line.slice(2).trim(), positive: line.startsWith('+ ') });
  }
  return {
    lines,
    positives: lines.filter((l) => l.positive).map((l) => l.text),
    negatives: lines.filter((l) => !l.positive).map((l) => l.text),
  };
}

/** The rule files in a stable order, named relative to the repository root. */
export function readRuleFiles(dir = rulesDir): RuleFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => ({ name: relative(repoRoot, join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
}

/** Load and validate the rules; throws with every "file:line:col: problem" when any is wrong. */
export function loadRules(dir = rulesDir): RuleSet {
  const { ruleSet, errors } = loadRuleFiles(readRuleFiles(dir));
  if (errors.length > 0)
    throw new Error(`rule files have ${errors.length} problem(s):\n${errors.join('\n')}`);
  return ruleSet;
}

/**
 * A generating script's end: write `content` to `path`, or with --check exit 1 when the file on disk
 * differs, telling how to regenerate it.
 */
export function writeOrCheck(path: string, content: string, regenerate: string): void {
  if (process.argv.includes('--check')) {
    if (readFileSync(path, 'utf8') !== content) {
      console.error(`${path} is out of date: run ${regenerate}`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
}

/** Run a script's main when the file is run directly (not imported by a test), exiting 1 on error. */
export function runMain(url: string, main: () => Promise<void>): void {
  if (url !== pathToFileURL(process.argv[1] ?? '').href) return;
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
