// npm run eval [-- --split dev|heldout | --file PATH] [--errors [--only LABEL]] [--no-model]
// Scores the analyzer on the labelled corpus: P/R/F1 per category and component, micro-F1 for flags
// and components, crisis recall and the share of clean messages flagged. Held-out by default.
// --errors lists the dev messages it gets wrong (--only narrows them to one category or component);
// it refuses on the held-out split, which nobody tunes on.
// Rules are read from rules/*.yml, so an edited rule is scored without regenerating the module.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { NO_MODELS } from '../src/label-models.js';
import { LABEL_MODELS } from '../src/rules/label-models.generated.js';
import { CATEGORIES, COMPONENTS, KINDS, type Kind } from '../src/types.js';
import { score, tally, type Counts } from './metrics.js';
import { analyzerRoot, loadRules } from './rule-files.js';

interface Item {
  id: string;
  kind: Kind;
  text: string;
  flags: string[];
  components: string[];
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function readCorpus(file: string): Item[] {
  const name = basename(file);
  if (!existsSync(file)) {
    console.error(`no corpus at ${file}`);
    process.exit(1);
  }
  const items: Item[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, n) => {
      if (line.trim() === '') return;
      try {
        const raw = JSON.parse(line) as Partial<Item>;
        items.push({
          id: String(raw.id ?? n + 1),
          kind: KINDS.includes(raw.kind as Kind) ? (raw.kind as Kind) : 'message',
          text: String(raw.text ?? ''),
          flags: Array.isArray(raw.flags) ? raw.flags.map(String) : [],
          components: Array.isArray(raw.components) ? raw.components.map(String) : [],
        });
      } catch {
        console.error(`${name}:${n + 1}: not JSON, skipped`);
      }
    });
  return items;
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

function table(title: string, labels: readonly string[], per: Map<string, Counts>, micro: Counts): void {
  console.log(`\n${title}`);
  console.log(`${'label'.padEnd(16)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp  fp  fn`);
  for (const label of labels) {
    const s = score(per.get(label)!);
    const n = (v: number): string => String(v).padStart(4);
    console.log(
      `${label.padEnd(16)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${n(s.tp)}${n(s.fp)}${n(s.fn)}`,
    );
  }
  const m = score(micro);
  console.log(`${'micro'.padEnd(16)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}`);
}

// --file scores any labelled JSON Lines file in the corpus format, such as an evaluation set written
// by someone else; it is never a tuning set, so --errors refuses it too.
const otherFile = arg('--file');
const split = otherFile ?? arg('--split') ?? 'heldout';
const showErrors = process.argv.includes('--errors');
if (showErrors && split !== 'dev') {
  console.error('--errors is only for the dev split: the held-out messages are not for tuning.');
  process.exit(2);
}
const only = arg('--only');
const rules = loadRules();
// --no-model scores the rules alone, without the learned readers (src/label-models.ts).
const models = process.argv.includes('--no-model') ? NO_MODELS : LABEL_MODELS;
const items = readCorpus(otherFile ?? join(analyzerRoot, 'corpus', `${split}.jsonl`));
const results = items.map((item) => {
  const a = analyze(item.text, { kind: item.kind }, rules, models);
  return {
    item,
    flags: [...new Set(a.findings.map((f) => f.category))] as string[],
    components: a.components as string[],
  };
});

const flags = tally(
  CATEGORIES,
  results.map((r) => ({ expected: r.item.flags, predicted: r.flags })),
);
const comps = tally(
  COMPONENTS,
  results.map((r) => ({ expected: r.item.components, predicted: r.components })),
);

console.log(`split: ${split} · ${items.length} messages`);
table('flags (categories)', CATEGORIES, flags.per, flags.micro);
table('components', COMPONENTS, comps.per, comps.micro);
const crisis = score(flags.per.get('crisis')!);
const clean = results.filter((r) => r.item.flags.length === 0);
const cleanFlagged = clean.filter((r) => r.flags.length > 0).length;
console.log('\nsummary');
console.log(`flags micro-F1        ${score(flags.micro).f1.toFixed(3)}`);
console.log(`components micro-F1   ${score(comps.micro).f1.toFixed(3)}`);
console.log(`crisis recall         ${crisis.recall.toFixed(3)} (${crisis.tp}/${crisis.tp + crisis.fn})`);
console.log(
  `clean messages flagged ${((cleanFlagged / Math.max(1, clean.length)) * 100).toFixed(1)}% (${cleanFlagged}/${clean.length})`,
);

if (showErrors) {
  console.log('\nerrors (dev)');
  for (const r of results) {
    const wanted = (label: string): boolean => only === undefined || label === only;
    const missF = r.item.flags.filter((f) => !r.flags.includes(f) && wanted(f));
    const extraF = r.flags.filter((f) => !r.item.flags.includes(f) && wanted(f));
    const missC = r.item.components.filter((c) => !r.components.includes(c) && wanted(c));
    const extraC = r.components.filter((c) => !r.item.components.includes(c) && wanted(c));
    if (missF.length + extraF.length + missC.length + extraC.length === 0) continue;
    const a = analyze(r.item.text, { kind: r.item.kind }, rules, models);
    const spans = a.findings.map((f) => `${f.category}:"${r.item.text.slice(f.start, f.end)}"`).join(' ');
    console.log(
      `- ${r.item.id} [${r.item.kind}] ${JSON.stringify(r.item.text)}\n  flags -${missF.join(',')} +${extraF.join(',')}  comps -${missC.join(',')} +${extraC.join(',')}  ${spans}`,
    );
  }
}
