// npm run eval:probes [-- --show]
// Scores the analyzer on the probe sets (corpus/probes/*.txt): messages of one category and their
// ordinary near misses, written apart from the corpus and the rules to find wording the analyzer
// misses. A set's name up to the first "-" is its category. For each set: how many of its messages
// carry the category (rules alone, then with the models), and how many near misses wrongly do.
// --show lists the messages it gets wrong. Each file's header says what was written or trained from
// it; a set kept back (KEPT_BACK_PROBES) measures how far the rules and the models reach.
import { readdirSync } from 'node:fs';
import { analyze } from '../src/analyze.js';
import { NO_MODELS } from '../src/label-models.js';
import { LABEL_MODELS } from '../src/rules/label-models.generated.js';
import { CATEGORIES, type Category } from '../src/types.js';
import { choosesThresholds, KEPT_BACK_PROBES, probesDir, readFixture, runMain } from './rule-files.js';

const carries = (text: string, category: Category, withModels: boolean): boolean =>
  analyze(text, { kind: 'message' }, undefined, withModels ? LABEL_MODELS : NO_MODELS).findings.some(
    (f) => f.category === category,
  );

const share = (n: number, of: number): string => `${n}/${of} (${((100 * n) / of).toFixed(1)}%)`;

export interface ProbeScore {
  category: Category;
  positives: number;
  negatives: number;
  /** Messages that carry the category: rules alone, and with the models. */
  caught: { rules: number; models: number };
  /** Near misses that wrongly carry it. */
  alarms: { rules: number; models: number };
  /** With the models: the messages missed and the near misses flagged. */
  missed: string[];
  flagged: string[];
}

export function scoreProbe(file: string): ProbeScore {
  const category = file.split('-')[0] as Category;
  if (!(CATEGORIES as readonly string[]).includes(category))
    throw new Error(`${file}: "${category}" is not a category`);
  const { positives, negatives } = readFixture(file, probesDir);
  const read = (texts: string[], withModels: boolean) =>
    texts.filter((t) => carries(t, category, withModels));
  const [missed, flagged] = [positives.filter((t) => !carries(t, category, true)), read(negatives, true)];
  return {
    category,
    positives: positives.length,
    negatives: negatives.length,
    caught: { rules: read(positives, false).length, models: positives.length - missed.length },
    alarms: { rules: read(negatives, false).length, models: flagged.length },
    missed,
    flagged,
  };
}

export const probeFiles = (): string[] =>
  readdirSync(probesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

runMain(import.meta.url, async () => {
  for (const file of probeFiles()) {
    const p = scoreProbe(file);
    console.log(
      choosesThresholds(file)
        ? `${file} (kept back: nothing written or trained from it; its model's thresholds were chosen on it)`
        : KEPT_BACK_PROBES.includes(file)
          ? `${file} (kept back: nothing written, trained or chosen from it)`
          : file,
    );
    console.log(
      `  caught       rules ${share(p.caught.rules, p.positives)}, with the models ${share(p.caught.models, p.positives)}`,
    );
    console.log(
      `  false alarms rules ${share(p.alarms.rules, p.negatives)}, with the models ${share(p.alarms.models, p.negatives)}`,
    );
    if (process.argv.includes('--show')) {
      for (const t of p.missed) console.log(`  missed: ${t}`);
      for (const t of p.flagged) console.log(`  false alarm: ${t}`);
    }
  }
});
