// Validates the labelled corpus (dev.jsonl, heldout.jsonl, and the training-only train.jsonl) and
// prints its counts.
// Plain Node ESM, no dependencies. Usage: node packages/analyzer/corpus/check.mjs
// Exits with status 1 when any line is malformed or a minimum from GUIDELINES.md is not met.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, COMPONENTS, KINDS } from './labels.mjs';

const here = dirname(fileURLToPath(import.meta.url));

const SPLITS = ['dev', 'heldout'];
// train.jsonl is for the learned models only: no split rule, and its texts must not repeat any
// message of the other two parts (a held-out text learned would not be held out).
const FILES = [...SPLITS, 'train'];
const KEYS = ['id', 'kind', 'text', 'flags', 'components', 'split', 'note'];
const REQUIRED = ['id', 'kind', 'text', 'flags', 'components', 'split'];

const MIN = {
  positives: 24,
  hardNegatives: 24,
  heldoutPositives: 8,
  heldoutHardNegatives: 8,
  apology: 60,
  request: 40,
  mixed: 60,
  total: 480,
};

/** The split rule: the n-th message of a group is held out when n mod 5 is 2 or 4 (40%). */
export function splitFor(n) {
  return n % 5 === 2 || n % 5 === 4 ? 'heldout' : 'dev';
}

const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

const records = [];
for (const split of FILES) {
  const file = join(here, `${split}.jsonl`);
  let raw;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`${split}.jsonl`, `cannot read (${e.message})`);
    continue;
  }
  const lines = raw.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    const where = `${split}.jsonl:${i + 1}`;
    let o;
    try {
      o = JSON.parse(line);
    } catch (e) {
      fail(where, `not JSON (${e.message})`);
      return;
    }
    if (o === null || typeof o !== 'object' || Array.isArray(o)) {
      fail(where, 'not an object');
      return;
    }
    for (const k of Object.keys(o)) if (!KEYS.includes(k)) fail(where, `unknown key "${k}"`);
    for (const k of REQUIRED) if (!(k in o)) fail(where, `missing key "${k}"`);
    const m = typeof o.id === 'string' ? /^([a-z_]+(?:-[a-z_]+)*)-(\d{3})$/.exec(o.id) : null;
    if (!m) fail(where, `bad id ${JSON.stringify(o.id)} (want <group>-<nnn>)`);
    if (!KINDS.includes(o.kind)) fail(where, `bad kind ${JSON.stringify(o.kind)}`);
    if (typeof o.text !== 'string' || o.text.trim() === '' || o.text !== o.text.trim())
      fail(where, 'text must be a non-empty, trimmed string');
    if (o.note !== undefined && (typeof o.note !== 'string' || o.note.trim() === ''))
      fail(where, 'note, when present, must be a non-empty string');
    for (const [key, known] of [
      ['flags', CATEGORIES],
      ['components', COMPONENTS],
    ]) {
      const v = o[key];
      if (!Array.isArray(v)) {
        fail(where, `${key} must be an array`);
        continue;
      }
      for (const x of v) if (!known.includes(x)) fail(where, `unknown ${key} value ${JSON.stringify(x)}`);
      if (new Set(v).size !== v.length) fail(where, `duplicate ${key} values`);
    }
    if (o.split !== split) fail(where, `split "${o.split}" does not match file ${split}.jsonl`);
    if (split === 'train' && m && !m[1].startsWith('train-')) fail(where, `${o.id} in train.jsonl needs a train-… group`);
    if (split !== 'train' && m && splitFor(Number(m[2])) !== o.split)
      fail(where, `${o.id} belongs in ${splitFor(Number(m[2]))} by the split rule`);
    records.push({ ...o, group: m ? m[1] : '?', where });
  });
}

// Uniqueness of ids and texts (texts compared case- and whitespace-insensitively).
const seenIds = new Map();
const seenTexts = new Map();
for (const r of records) {
  if (seenIds.has(r.id)) fail(r.where, `duplicate id ${r.id} (also ${seenIds.get(r.id)})`);
  else seenIds.set(r.id, r.where);
  if (typeof r.text === 'string') {
    const t = r.text.toLowerCase().replace(/\s+/g, ' ');
    if (seenTexts.has(t)) fail(r.where, `duplicate text (also ${seenTexts.get(t)})`);
    else seenTexts.set(t, r.where);
  }
}

// A held-out message must be nowhere else, compared on letters and digits alone ("ok im SORRY" is
// "ok I'm sorry!!!"): not in dev or train.jsonl, and not among the rule fixtures, which are tests
// and training material.
const loose = (text) => String(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const heldOut = new Map(records.filter((r) => r.split === 'heldout').map((r) => [loose(r.text), r.id]));
for (const r of records) {
  const id = r.split === 'heldout' ? undefined : heldOut.get(loose(r.text));
  if (id !== undefined) fail(r.where, `is held-out message ${id}`);
}
// The rule fixtures are tests and training material, and rules are written from the probe sets: no
// held-out message may be among them.
for (const [dir, name] of [
  [join(here, '..', 'test', 'fixtures', 'paraphrases'), 'fixtures'],
  [join(here, 'probes'), 'probes'],
]) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const m = /^[+-] (.*)$/.exec(line.trim());
        const id = m ? heldOut.get(loose(m[1])) : undefined;
        if (id !== undefined) fail(`${name}/${file}:${i + 1}`, `is held-out message ${id}`);
      });
  }
}

// ANALYZER.md's cues as messages are tests and training material too.
const specFile = join(here, '..', 'test', 'fixtures', 'spec-examples.json');
for (const [category, texts] of Object.entries(JSON.parse(readFileSync(specFile, 'utf8')).examples)) {
  for (const text of texts) {
    const id = heldOut.get(loose(text));
    if (id !== undefined) fail(`spec-examples.json (${category})`, `is held-out message ${id}`);
  }
}

// Group semantics.
const flags = (r) => (Array.isArray(r.flags) ? r.flags : []);
const comps = (r) => (Array.isArray(r.components) ? r.components : []);
for (const r of records) {
  const g = r.group;
  if (r.split === 'train') continue;
  if (g.endsWith('-neg')) {
    const cat = g.slice(0, -4);
    if (!CATEGORIES.includes(cat)) fail(r.where, `hard-negative group for unknown category "${cat}"`);
    if (flags(r).includes(cat)) fail(r.where, `hard negative for ${cat} is flagged ${cat}`);
  } else if (CATEGORIES.includes(g)) {
    if (!flags(r).includes(g)) fail(r.where, `positive for ${g} is not flagged ${g}`);
  } else if (g === 'apology') {
    if (flags(r).length) fail(r.where, 'sincere apology must have no findings');
    if (!comps(r).includes('regret')) fail(r.where, 'sincere apology must include regret');
  } else if (g === 'request') {
    if (flags(r).length) fail(r.where, 'respectful request must have no findings');
    if (!comps(r).includes('autonomy')) fail(r.where, 'respectful request must include autonomy');
  } else if (g === 'mixed') {
    if (flags(r).length < 1 || flags(r).length + comps(r).length < 2)
      fail(r.where, 'mixed message needs at least one finding and two labels in all');
  } else {
    fail(r.where, `unknown group "${g}"`);
  }
}

// Counts.
const zero = () => ({ dev: 0, heldout: 0 });
const pos = Object.fromEntries(CATEGORIES.map((c) => [c, zero()]));
const neg = Object.fromEntries(CATEGORIES.map((c) => [c, zero()]));
const comp = Object.fromEntries(COMPONENTS.map((c) => [c, zero()]));
const groups = {};
const kinds = Object.fromEntries(KINDS.map((k) => [k, zero()]));
const clean = zero();
const total = zero();
const training = records.filter((r) => r.split === 'train');
for (const r of records) {
  if (r.split === 'train') continue;
  const s = SPLITS.includes(r.split) ? r.split : 'dev';
  total[s]++;
  for (const f of flags(r)) if (pos[f]) pos[f][s]++;
  for (const c of comps(r)) if (comp[c]) comp[c][s]++;
  if (kinds[r.kind]) kinds[r.kind][s]++;
  if (flags(r).length === 0) clean[s]++;
  if (r.group.endsWith('-neg') && neg[r.group.slice(0, -4)]) neg[r.group.slice(0, -4)][s]++;
  groups[r.group] ??= zero();
  groups[r.group][s]++;
}
const sum = (x) => x.dev + x.heldout;
const pad = (v, n) => String(v).padEnd(n);
const padl = (v, n) => String(v).padStart(n);

console.log('Findings: positives (any message flagged) and hard negatives (<category>-neg group)');
console.log(`${pad('category', 15)}${padl('pos dev', 9)}${padl('pos held', 10)}${padl('pos all', 9)}${padl('neg dev', 9)}${padl('neg held', 10)}${padl('neg all', 9)}`);
for (const c of CATEGORIES) {
  console.log(
    `${pad(c, 15)}${padl(pos[c].dev, 9)}${padl(pos[c].heldout, 10)}${padl(sum(pos[c]), 9)}${padl(neg[c].dev, 9)}${padl(neg[c].heldout, 10)}${padl(sum(neg[c]), 9)}`,
  );
  if (sum(pos[c]) < MIN.positives) fail('minimum', `${c}: ${sum(pos[c])} positives < ${MIN.positives}`);
  if (sum(neg[c]) < MIN.hardNegatives) fail('minimum', `${c}: ${sum(neg[c])} hard negatives < ${MIN.hardNegatives}`);
  if (pos[c].heldout < MIN.heldoutPositives)
    fail('minimum', `${c}: ${pos[c].heldout} held-out positives < ${MIN.heldoutPositives}`);
  if (neg[c].heldout < MIN.heldoutHardNegatives)
    fail('minimum', `${c}: ${neg[c].heldout} held-out hard negatives < ${MIN.heldoutHardNegatives}`);
}

console.log('\nComponents (messages where present)');
console.log(`${pad('component', 15)}${padl('dev', 9)}${padl('heldout', 10)}${padl('all', 9)}`);
for (const c of COMPONENTS) console.log(`${pad(c, 15)}${padl(comp[c].dev, 9)}${padl(comp[c].heldout, 10)}${padl(sum(comp[c]), 9)}`);

console.log('\nGroups');
for (const [g, n] of Object.entries(groups)) console.log(`${pad(g, 20)}${padl(n.dev, 5)}${padl(n.heldout, 5)}${padl(sum(n), 5)}`);
console.log('\nKinds');
for (const k of KINDS) console.log(`${pad(k, 20)}${padl(kinds[k].dev, 5)}${padl(kinds[k].heldout, 5)}${padl(sum(kinds[k]), 5)}`);

const mixed = records.filter((r) => r.group === 'mixed');
const mixedMulti = mixed.filter((r) => flags(r).length >= 2).length;
const mixedBoth = mixed.filter((r) => flags(r).length >= 1 && comps(r).length >= 1).length;
console.log(`\nClean messages (no findings): ${sum(clean)} (dev ${clean.dev}, heldout ${clean.heldout})`);
console.log(`Mixed messages with two or more findings: ${mixedMulti}; with findings and components: ${mixedBoth}`);
if (mixedBoth < MIN.mixed) fail('minimum', `mixed with findings and components: ${mixedBoth} < ${MIN.mixed}`);
console.log(`Total: ${sum(total)} (dev ${total.dev}, heldout ${total.heldout}, ${((100 * total.heldout) / Math.max(1, sum(total))).toFixed(1)}% held out)`);

console.log(`Training-only messages (train.jsonl): ${training.length}, ${training.filter((r) => flags(r).length === 0).length} of them clean`);

for (const [g, min] of [
  ['apology', MIN.apology],
  ['request', MIN.request],
  ['mixed', MIN.mixed],
]) {
  const n = groups[g] ? sum(groups[g]) : 0;
  if (n < min) fail('minimum', `${g}: ${n} messages < ${min}`);
}
if (sum(total) < MIN.total) fail('minimum', `total ${sum(total)} < ${MIN.total}`);

if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log('\nOK: every line is well-formed and every minimum is met.');
