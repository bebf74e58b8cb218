// Figure: gzip size of the JavaScript the first screen loads, read from the built app.
// Follows the Vite manifest from index.html through static imports only: what loads later via
// import() (home, settings, the program) and the key-derivation worker are listed but not counted.
// Usage: npm run bench:bundle [-- --write]   (--write updates "## Web bundle" in BENCHMARKS.md)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'packages/web/dist');
const manifestPath = join(dist, '.vite/manifest.json');
const TARGET_KB = 200;

if (!existsSync(manifestPath)) {
  console.error('No packages/web/dist/.vite/manifest.json: build first with `npm run build`.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
if (!entryKey) throw new Error('The manifest has no index.html entry.');

const sizeOf = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/** The entry chunk and every chunk it imports statically, each once. */
function initialChunks(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) initialChunks(next, seen);
  return seen;
}

const initial = [...initialChunks(entryKey)];
const js = initial.map((key) => ({ file: manifest[key].file, ...sizeOf(manifest[key].file) }));
const css = [...new Set(initial.flatMap((key) => manifest[key].css ?? []))].map((file) => ({
  file,
  ...sizeOf(file),
}));
const lazy = Object.entries(manifest)
  .filter(([key, chunk]) => !initial.includes(key) && chunk.file.endsWith('.js'))
  .map(([, chunk]) => ({ file: chunk.file, ...sizeOf(chunk.file) }));
// Workers are emitted as assets, outside the manifest's chunks.
for (const name of readdirSync(join(dist, 'assets'))) {
  if (/worker.*\.js$/.test(name)) lazy.push({ file: `assets/${name}`, ...sizeOf(`assets/${name}`) });
}

const sum = (list, field) => list.reduce((total, item) => total + item[field], 0);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const jsGzip = sum(js, 'gzip');

console.log('First screen JavaScript (static imports from index.html):');
for (const f of js) console.log(`  ${f.file}  ${kb(f.raw)} KB, ${kb(f.gzip)} KB gzipped`);
console.log(`  total: ${kb(sum(js, 'raw'))} KB, ${kb(jsGzip)} KB gzipped (target ≤ ${TARGET_KB} KB)`);
console.log(`First screen CSS: ${kb(sum(css, 'gzip'))} KB gzipped`);
console.log('Loaded later (import() and the worker):');
for (const f of lazy) console.log(`  ${f.file}  ${kb(f.gzip)} KB gzipped`);

if (process.argv.includes('--write')) {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const section = [
    '## Web bundle',
    '',
    `- machine: ${cpu}, ${cpus().length} cores; Node ${process.version}; date ${new Date().toISOString().slice(0, 10)}`,
    '- command: `npm run build && npm run bench:bundle -- --write` (scripts/bench-bundle.mjs)',
    '- what counts: the JavaScript index.html loads before the first screen shows (the entry and its static imports, from the Vite manifest), gzip level 9',
    '',
    '| what | result | target |',
    '|---|---|---|',
    `| initial JS for the first screen | ${kb(jsGzip)} KB gzipped (${kb(sum(js, 'raw'))} KB raw, ${js.length} files) | ≤ ${TARGET_KB} KB gzipped |`,
    `| initial CSS | ${kb(sum(css, 'gzip'))} KB gzipped | |`,
    ...lazy.map(
      (f) => `| later: ${f.file.replace(/^assets\//, '')} | ${kb(f.gzip)} KB gzipped | loaded on demand |`,
    ),
    '',
  ].join('\n');
  writeSection(join(root, 'BENCHMARKS.md'), '## Web bundle', section);
  console.log('Updated "## Web bundle" in BENCHMARKS.md.');
}

/** Replaces one "## " section of the file (or appends it), leaving the others as they are. */
function writeSection(path, heading, text) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(`\n${heading}\n`);
  if (start === -1) {
    writeFileSync(path, `${current.trimEnd()}\n\n${text}`);
    return;
  }
  const after = current.indexOf('\n## ', start + heading.length + 1);
  const rest = after === -1 ? '' : current.slice(after + 1);
  writeFileSync(path, `${current.slice(0, start + 1)}${text}${rest ? `\n${rest}` : ''}`);
}
