// npm run rules:cost [-- --top N] [--rule ID-PREFIX]
// What each rule costs the analyzer on the dev corpus, counted in matcher steps (by its patterns and
// by its conditions) instead of seconds, so the figure is the same on a busy
// machine and a rule author can see what a new pattern adds before the benchmark does.
// --rule lists every pattern of the rules whose id starts with ID-PREFIX, with its own steps.
// Regex rules are listed apart: a regex reads the whole message, so it counts one step per word, a
// different unit from a matcher step (44 regexes took about a fifth of the time of 477
// phrase rules when this was written); prefer a phrase rule wherever one can say it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileEngine, runEngine, startMeter, stopMeter } from '../src/engine.js';
import { toShipped } from '../src/rules/schema.js';
import { buildDoc } from '../src/structure.js';
import { tokenize } from '../src/tokenize.js';
import { KINDS, type Kind } from '../src/types.js';
import { analyzerRoot, loadRules } from './rule-files.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const top = Number(arg('--top') ?? 25);
const prefix = arg('--rule');
const set = loadRules();
const engine = compileEngine(toShipped(set));
const messages = readFileSync(join(analyzerRoot, 'corpus', 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { text: string; kind: string });

const meter = startMeter(engine);
let words = 0;
for (const m of messages) {
  const kind: Kind = KINDS.includes(m.kind as Kind) ? (m.kind as Kind) : 'message';
  const doc = buildDoc(m.text, tokenize(m.text));
  words += doc.tokens.length;
  runEngine(engine, doc, kind);
}
stopMeter();

// Slots follow the rules in order: one per pattern, then one for the rule's conditions.
const perRule: {
  id: string;
  regex: boolean;
  steps: number;
  slots: { what: string; steps: number }[];
}[] = [];
let slot = 0;
for (const rule of set.rules) {
  const slots = [
    ...rule.pattern.map((p) => ({ what: p, steps: meter[slot++]! })),
    { what: '(conditions)', steps: meter[slot++]! },
  ];
  perRule.push({
    id: rule.id,
    regex: rule.kind === 'regex',
    steps: slots.reduce((n, s) => n + s.steps, 0),
    slots,
  });
}
const phrase = perRule.filter((r) => !r.regex);
const regex = perRule.filter((r) => r.regex);
const total = phrase.reduce((n, r) => n + r.steps, 0);
const share = (x: number): string => `${((100 * x) / total).toFixed(1).padStart(5)}%`;

const regexCount = regex.reduce((n, r) => n + r.slots.length - 1, 0);
console.log(
  `${phrase.length} phrase rules on ${messages.length} dev messages (${words} words): ${Math.round(total)} steps, ` +
    `${(total / words).toFixed(2)} per word`,
);
console.log(`${regex.length} regex rules with ${regexCount} regexes, each reading every word`);
if (prefix === undefined) {
  console.log(`\ncostliest ${top} phrase rules (steps, share of all phrase steps)`);
  for (const r of [...phrase].sort((a, b) => b.steps - a.steps).slice(0, top))
    console.log(`${String(Math.round(r.steps)).padStart(9)} ${share(r.steps)}  ${r.id}`);
  console.log(`\nregex rules (regexes)`);
  for (const r of regex) console.log(`${String(r.slots.length - 1).padStart(9)}  ${r.id}`);
} else {
  for (const r of perRule.filter((x) => x.id.startsWith(prefix))) {
    const what = r.regex ? 'word reads by its regexes' : `steps (${share(r.steps).trim()})`;
    console.log(`\n${r.id}: ${Math.round(r.steps)} ${what}`);
    for (const s of r.slots) console.log(`${String(Math.round(s.steps)).padStart(9)}  ${s.what}`);
  }
}
