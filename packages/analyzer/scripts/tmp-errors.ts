import { readFileSync, writeFileSync } from 'node:fs';
import { train } from './train-models.js';
const { choices, all } = train();
const fresh = all.filter((x) => x.source === 'train');
const rows = readFileSync('packages/analyzer/corpus/train.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const out: Record<string, { fn: unknown[]; fp: unknown[]; ruleFn: number; ruleFp: number }> = {};
for (const c of choices) {
  const fn: unknown[] = [], fp: unknown[] = [];
  let ruleFn = 0, ruleFp = 0;
  fresh.forEach((x, i) => {
    const y = x.labels.has(c.label), r = c.reads[i]!;
    if (y && !x.rules.has(c.label)) ruleFn++;
    if (!y && x.rules.has(c.label)) ruleFp++;
    if (y && !r) fn.push({ id: rows[i].id, fold: x.fold, rules: x.rules.has(c.label), text: rows[i].text, flags: rows[i].flags });
    if (!y && r) fp.push({ id: rows[i].id, fold: x.fold, rules: x.rules.has(c.label), text: rows[i].text, flags: rows[i].flags });
  });
  out[c.label] = { fn, fp, ruleFn, ruleFp };
  console.log(c.label.padEnd(15), 'fn', fn.length, 'fp', fp.length, 'rulesFn', ruleFn, 'rulesFp', ruleFp, 'pos', fresh.filter((x) => x.labels.has(c.label)).length);
}
writeFileSync('/tmp/sp/errors.json', JSON.stringify(out, null, 1));
