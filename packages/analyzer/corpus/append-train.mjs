// Adds a round of training messages to train.jsonl, numbering each writer's lines
// train-<writer>-<nnn> so the training script can keep a writer's messages in one fold.
// Usage:
//   node packages/analyzer/corpus/append-train.mjs --check jy=jy.jsonl …   validate only; exit 1 on a bad line
//   node packages/analyzer/corpus/append-train.mjs --out round.jsonl jy=jy.jsonl …   number into a file,
//     to score the round unseen first (npm run eval -- --file round.jsonl)
//   node packages/analyzer/corpus/append-train.mjs jy=jy.jsonl …   number and append to train.jsonl
// Each input line is {"kind", "text", "flags", "components", "note"?}, as the writers' brief says
// (briefs/writer-brief.md). A line whose text is already in any part of the corpus, compared on
// letters and digits alone as check.mjs does, is skipped with a message. Run check.mjs afterwards.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, COMPONENTS, KINDS } from './labels.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const KEYS = ['kind', 'text', 'flags', 'components', 'note'];
const loose = (text) => String(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const readLines = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');

/** What is wrong with one written line, or an empty list. */
function problems(o) {
  const out = [];
  for (const key of Object.keys(o)) if (!KEYS.includes(key)) out.push(`unknown key "${key}"`);
  if (!KINDS.includes(o.kind)) out.push(`kind must be one of ${KINDS.join(', ')}`);
  if (typeof o.text !== 'string' || o.text.trim() === '') out.push('text is missing');
  for (const [key, allowed] of [
    ['flags', CATEGORIES],
    ['components', COMPONENTS],
  ]) {
    const list = o[key];
    if (!Array.isArray(list)) out.push(`${key} must be a list`);
    else {
      for (const x of list) if (!allowed.includes(x)) out.push(`${key}: unknown "${x}"`);
      if (new Set(list).size !== list.length) out.push(`${key}: a label repeats`);
    }
  }
  if (o.note !== undefined && typeof o.note !== 'string') out.push('note must be text');
  return out;
}

// train.jsonl's own spacing: one object per line, ", " and ": " between its parts.
const show = (x) => (Array.isArray(x) ? `[${x.map((y) => JSON.stringify(y)).join(', ')}]` : JSON.stringify(x));
const line = (record) =>
  `{${Object.entries(record)
    .map(([key, x]) => `${JSON.stringify(key)}: ${show(x)}`)
    .join(', ')}}`;

const args = process.argv.slice(2);
const check = args[0] === '--check';
const outFile = args[0] === '--out' ? args[1] : undefined;
const inputs = args.slice(check ? 1 : outFile ? 2 : 0).map((arg) => /^([a-z]{1,3})=(.+)$/.exec(arg));
if (inputs.length === 0 || inputs.some((m) => m === null) || (args[0] === '--out' && !outFile)) {
  console.error('usage: node append-train.mjs [--check | --out FILE] WRITER=FILE.jsonl …  (WRITER: 1 to 3 letters)');
  process.exit(2);
}

const seen = new Set();
const lastNumber = new Map();
for (const part of ['dev', 'heldout', 'train']) {
  for (const text of readLines(join(here, `${part}.jsonl`))) {
    const record = JSON.parse(text);
    seen.add(loose(record.text));
    const m = /^train-([a-z]+)-(\d+)$/.exec(record.id);
    if (m) lastNumber.set(m[1], Math.max(lastNumber.get(m[1]) ?? 0, Number(m[2])));
  }
}

const out = [];
let bad = 0;
for (const [, writer, file] of inputs) {
  let kept = 0;
  let repeats = 0;
  const counts = {};
  readLines(file).forEach((text, i) => {
    const where = `${file}:${i + 1}`;
    let o;
    try {
      o = JSON.parse(text);
    } catch (e) {
      console.error(`${where}: not JSON (${e.message})`);
      bad++;
      return;
    }
    const wrong = o !== null && typeof o === 'object' ? problems(o) : ['not an object'];
    if (wrong.length) {
      console.error(`${where}: ${wrong.join('; ')}`);
      bad++;
      return;
    }
    if (seen.has(loose(o.text))) {
      console.error(`${where}: text already in the corpus or earlier in the round, skipped`);
      repeats++;
      return;
    }
    seen.add(loose(o.text));
    for (const flag of o.flags.length ? o.flags : ['clean']) counts[flag] = (counts[flag] ?? 0) + 1;
    const n = (lastNumber.get(writer) ?? 0) + 1;
    lastNumber.set(writer, n);
    kept++;
    out.push(
      line({
        id: `train-${writer}-${String(n).padStart(3, '0')}`,
        kind: o.kind,
        text: o.text.trim(),
        flags: o.flags,
        components: o.components,
        split: 'train',
        ...(o.note ? { note: o.note } : {}),
      }),
    );
  });
  const byLabel = Object.entries(counts)
    .map(([label, count]) => `${label} ${count}`)
    .join(', ');
  console.log(`${writer}: ${kept} new, ${repeats} repeats (${byLabel})`);
}
if (check) process.exit(bad ? 1 : 0);
if (out.length) {
  const text = `${out.join('\n')}\n`;
  if (outFile) writeFileSync(outFile, text);
  else appendFileSync(join(here, 'train.jsonl'), text);
}
console.log(`${outFile ?? 'train.jsonl'}: +${out.length}${bad ? `, ${bad} bad lines left out` : ''}`);
