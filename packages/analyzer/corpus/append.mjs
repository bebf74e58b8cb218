// Appends newly written, labelled messages to the corpus, numbering them and splitting them by the
// split rule, so nobody chooses which new message lands in the held-out part.
// Usage: node packages/analyzer/corpus/append.mjs NEW.jsonl [MORE.jsonl …]
// Each input line is {"group", "kind", "text", "flags", "components", "note"?}. A text already in the
// corpus is skipped with a message. Run check.mjs afterwards; it validates the result.
import { appendFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SPLITS = ['dev', 'heldout'];

/** The split rule, the same as check.mjs: the n-th message of a group is held out when n mod 5 is 2 or 4. */
const splitFor = (n) => (n % 5 === 2 || n % 5 === 4 ? 'heldout' : 'dev');
const normal = (text) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const readLines = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');

const lastNumber = new Map();
const texts = new Set();
for (const split of SPLITS) {
  for (const line of readLines(join(here, `${split}.jsonl`))) {
    const record = JSON.parse(line);
    const [, group, n] = /^(.*)-(\d{3})$/.exec(record.id);
    lastNumber.set(group, Math.max(lastNumber.get(group) ?? 0, Number(n)));
    texts.add(normal(record.text));
  }
}

const inputs = process.argv.slice(2);
if (inputs.length === 0) {
  console.error('usage: node append.mjs NEW.jsonl [MORE.jsonl …]');
  process.exit(2);
}
const out = { dev: [], heldout: [] };
for (const file of inputs) {
  readLines(file).forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    let o;
    try {
      o = JSON.parse(line);
    } catch (e) {
      console.error(`${where}: not JSON (${e.message}), skipped`);
      return;
    }
    const text = String(o.text ?? '').trim();
    if (typeof o.group !== 'string' || text === '') {
      console.error(`${where}: needs a group and a text, skipped`);
      return;
    }
    if (texts.has(normal(text))) {
      console.error(`${where}: text already in the corpus, skipped`);
      return;
    }
    texts.add(normal(text));
    const n = (lastNumber.get(o.group) ?? 0) + 1;
    lastNumber.set(o.group, n);
    const split = splitFor(n);
    const record = {
      id: `${o.group}-${String(n).padStart(3, '0')}`,
      kind: o.kind,
      text,
      flags: o.flags ?? [],
      components: o.components ?? [],
      split,
      ...(o.note ? { note: String(o.note) } : {}),
    };
    out[split].push(JSON.stringify(record));
  });
}
for (const split of SPLITS) {
  if (out[split].length) appendFileSync(join(here, `${split}.jsonl`), `${out[split].join('\n')}\n`);
  console.log(`${split}: +${out[split].length}`);
}
