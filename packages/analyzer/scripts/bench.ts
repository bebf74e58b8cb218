// npm run bench:analyzer [-- --write]
// Throughput in Node on realistic messages (the dev corpus texts repeated to a few MB), write-good and
// alex on the same messages in the same run; re-analysis of a 5,000-character draft in headless
// Chromium; and the gzipped size of the browser bundle. Prints the results; with --write they also
// replace the table of "## Analyzer" in BENCHMARKS.md, keeping the history below it (a trial run on
// a busy machine should not write).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { text as alexText } from 'alex';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { analyze } from '../src/analyze.js';
import { analyzerRoot, repoRoot } from './rule-files.js';

const TARGET_BYTES = 4 * 1024 * 1024;
// The two prose linters are far slower; they get a smaller slice of the same messages.
const LINTER_BYTES = 256 * 1024;

function corpusTexts(): string[] {
  const file = join(analyzerRoot, 'corpus', 'dev.jsonl');
  if (!existsSync(file)) throw new Error(`no corpus at ${file}`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

// Which of the built web app's files carry the analyzer's rules (a rule id is the marker). The
// first-screen figure in "## Web bundle" must not include it once screens use it.
function webUse(): string {
  const dir = join(repoRoot, 'packages', 'web', 'dist', 'assets');
  if (!existsSync(dir)) return 'unknown (build the web app first)';
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const carrying = files.filter((f) => readFileSync(join(dir, f), 'utf8').includes('regret.sorry'));
  return carrying.length === 0
    ? 'no built web file contains it yet (no screen uses the review so far); screens that do must load it with import()'
    : `in ${carrying.join(', ')}`;
}

// The machine is shared and its speed swings by half from one minute to the next, so the 4 MB run
// is timed in eight parts, in each of three rounds: the median part of the median round is the
// figure, and the fastest part shows the least-disturbed speed.
const PARTS = 8;
const ROUNDS = 3;
interface Spread {
  median: { mbs: number; cpuMbs: number };
  best: { mbs: number; cpuMbs: number };
}
function inParts(messages: string[], run: (text: string) => unknown): Spread {
  const size = Math.ceil(messages.length / PARTS);
  const parts = Array.from({ length: PARTS }, (_, i) =>
    mbPerSecond(messages.slice(i * size, (i + 1) * size), run),
  ).sort((a, b) => a.cpuMbs - b.cpuMbs);
  return { median: parts[PARTS / 2]!, best: parts[PARTS - 1]! };
}

function repeatTo(texts: string[], bytes: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const t = texts[i % texts.length]!;
    out.push(t);
    total += Buffer.byteLength(t);
  }
  return out;
}

// Wall time and this process's CPU time: on a shared machine the CPU figure is the per-core rate.
function mbPerSecond(
  messages: string[],
  run: (text: string) => unknown,
): { mbs: number; cpuMbs: number; ms: number } {
  const bytes = messages.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (const m of messages) run(m);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mb = bytes / 1024 / 1024;
  return { mbs: mb / (ms / 1000), cpuMbs: mb / cpuSeconds, ms };
}

async function browserBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(analyzerRoot, 'src', 'index.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'AmendsAnalyzer',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

// `amends analyze` on one draft as a user runs it, a fresh process each time: the built command with
// the rules prepared at build time (dist/analyzer.image), and a copy of it without them, which
// compiles the rules instead. Wall time, median of RUNS, taking turns.
const CLI_RUNS = 5;
function cliFirstReview(draft: string): string {
  const dist = join(repoRoot, 'packages', 'cli', 'dist');
  if (!existsSync(join(dist, 'analyzer.image'))) return 'not measured (run `npm run build` first)';
  // Inside dist, so the copy's npm imports resolve; every build removes it anyway.
  const copy = mkdtempSync(join(dist, '.bench-'));
  try {
    cpSync(join(dist, 'amends.mjs'), join(copy, 'amends.mjs'));
    cpSync(join(dist, 'chunks'), join(copy, 'chunks'), { recursive: true });
    const time = (bundle: string): number => {
      const start = performance.now();
      execFileSync(process.execPath, [bundle, 'analyze', '--kind', 'apology'], { input: draft });
      return performance.now() - start;
    };
    const withImage: number[] = [];
    const compiling: number[] = [];
    for (let i = 0; i < CLI_RUNS; i++) {
      withImage.push(time(join(dist, 'amends.mjs')));
      compiling.push(time(join(copy, 'amends.mjs')));
    }
    const median = (xs: number[]): string => (xs.sort((a, b) => a - b)[CLI_RUNS >> 1]! / 1000).toFixed(2);
    return `${median(withImage)} s with the rules prepared at build time; ${median(compiling)} s compiling them (median of ${CLI_RUNS} runs each, wall time)`;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function draftOf(texts: string[], length: number): string {
  let draft = '';
  for (let i = 0; draft.length < length; i++) draft += texts[i % texts.length]! + '\n\n';
  return draft.slice(0, length);
}

interface BrowserResult {
  median: number;
  p95: number;
  runs: number;
}

async function chromiumTiming(bundle: string, draft: string): Promise<BrowserResult> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: bundle });
    return await page.evaluate(
      ({ draft, runs }) => {
        const api = (window as unknown as { AmendsAnalyzer: { analyze: (t: string, o: object) => unknown } })
          .AmendsAnalyzer;
        // Each run is a keystroke: the draft differs by one character from the previous one.
        const times: number[] = [];
        for (let i = 0; i < runs + 20; i++) {
          const text = draft.slice(0, draft.length - 1 - (i % 7)) + 'abcdefg'[i % 7];
          const t0 = performance.now();
          api.analyze(text, { kind: 'apology' });
          const dt = performance.now() - t0;
          if (i >= 20) times.push(dt);
        }
        times.sort((a, b) => a - b);
        return {
          median: times[Math.floor(times.length / 2)]!,
          p95: times[Math.floor(times.length * 0.95)]!,
          runs,
        };
      },
      { draft, runs: 500 },
    );
  } finally {
    await browser.close();
  }
}

// What the section says after its table (the earlier sessions' runs, the investigations) is the
// record of how the figure moved: a new table replaces the old one and keeps it.
const HISTORY_AFTER = '- where the web app loads it:';
function historyOf(section: string): string {
  const at = section.indexOf(HISTORY_AFTER);
  if (at === -1) return '';
  const lineEnd = section.indexOf('\n', at);
  return lineEnd === -1 ? '' : section.slice(lineEnd + 1).trimEnd() + '\n';
}

function writeSection(markdown: string): void {
  const file = join(repoRoot, 'BENCHMARKS.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf('## Analyzer\n');
  let next: string;
  if (start === -1) next = `${current.trimEnd()}\n\n${markdown}`;
  else {
    const after = current.indexOf('\n## ', start + 1);
    const end = after === -1 ? current.length : after + 1;
    next =
      current.slice(0, start) +
      markdown.trimEnd() +
      '\n' +
      historyOf(current.slice(start, end)) +
      (after === -1 ? '' : '\n' + current.slice(end));
  }
  writeFileSync(file, next.endsWith('\n') ? next : next + '\n');
}

async function main(): Promise<void> {
  const texts = corpusTexts();
  const messages = repeatTo(texts, TARGET_BYTES);
  const linterSlice = repeatTo(texts, LINTER_BYTES);
  const require = createRequire(import.meta.url);
  const writeGood = require('write-good') as (text: string) => unknown[];

  // The first analysis in a process compiles the rule set and prepares the models: what a user waits
  // for when a screen using the review first opens, or `amends analyze` starts.
  const firstStart = performance.now();
  analyze(texts[0]!, { kind: 'apology' });
  const firstMs = performance.now() - firstStart;
  mbPerSecond(messages.slice(0, 2000), (t) => analyze(t, { kind: 'apology' })); // warm up the JIT
  mbPerSecond(linterSlice.slice(0, 200), (t) => writeGood(t));
  // The analyzer and write-good take turns, ROUNDS times; each figure is its median round, so one
  // slow minute of the shared machine moves neither far nor one more than the other.
  const rounds = Array.from({ length: ROUNDS }, () => ({
    ours: inParts(messages, (t) => analyze(t, { kind: 'apology' })),
    oursSlice: mbPerSecond(linterSlice, (t) => analyze(t, { kind: 'apology' })),
    wg: mbPerSecond(linterSlice, (t) => writeGood(t)),
  }));
  const medianOf = <T>(pick: (r: (typeof rounds)[number]) => T, by: (x: T) => number): T =>
    rounds.map(pick).sort((a, b) => by(a) - by(b))[Math.floor(ROUNDS / 2)]!;
  const ours = medianOf(
    (r) => r.ours,
    (x) => x.median.cpuMbs,
  );
  const oursSlice = medianOf(
    (r) => r.oursSlice,
    (x) => x.cpuMbs,
  );
  const wg = medianOf(
    (r) => r.wg,
    (x) => x.cpuMbs,
  );
  const everyRound = rounds.map((r) => r.ours.median.cpuMbs.toFixed(2)).join(', ');
  mbPerSecond(linterSlice.slice(0, 50), (t) => alexText(t));
  const alex = mbPerSecond(linterSlice, (t) => alexText(t));

  const bundle = await browserBundle();
  const gz = gzipSync(bundle).length;
  const draft = draftOf(texts, 5000);
  const browser = await chromiumTiming(bundle, draft);
  const cli = cliFirstReview(texts[0]!);

  const cpu =
    readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? cpus()[0]?.model ?? '?';
  const mb = (b: number): string => (b / 1024 / 1024).toFixed(1);
  const total = messages.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const slice = linterSlice.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const rate = (r: { mbs: number; cpuMbs: number }): string =>
    `${r.cpuMbs.toFixed(2)} MB/s per CPU-second (${r.mbs.toFixed(2)} MB/s wall)`;
  const section = [
    '## Analyzer',
    '',
    `- machine: ${cpu}, ${cpus().length} cores; Node ${process.version}; date ${new Date().toISOString().slice(0, 10)}; load average at the end ${load} (shared machine)`,
    '- command: `npm run bench:analyzer -- --write` (packages/analyzer/scripts/bench.ts)',
    `- input: the ${texts.length} dev-corpus messages repeated, analysed one message at a time (kind apology)`,
    '',
    '| what | result | target |',
    '|---|---|---|',
    `| analyzer, Node, one core (${mb(total)} MB in ${PARTS} parts, ${ROUNDS} rounds) | median part of the median round ${rate(ours.median)} (each round: ${everyRound}); its fastest part ${ours.best.cpuMbs.toFixed(2)} MB/s per CPU-second | ≥ 1 MB/s |`,
    `| analyzer on the linters' slice (${(slice / 1024).toFixed(0)} KB), median round | ${rate(oursSlice)} | |`,
    `| write-good 1.0.8, same slice, median round | ${rate(wg)} | comparison |`,
    `| alex 11, same slice | ${rate(alex)} | comparison |`,
    `| re-analysis of a 5,000-char draft, headless Chromium | median ${browser.median.toFixed(2)} ms, p95 ${browser.p95.toFixed(2)} ms over ${browser.runs} runs | < 16 ms |`,
    `| first analysis in a process (compiles the rules, prepares the models), Node | ${firstMs.toFixed(0)} ms | |`,
    `| \`amends analyze\` of one draft, a fresh process (starting the command included) | ${cli} | |`,
    `| browser bundle (esbuild, minified, rules included) | ${(bundle.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped | ≤ 150 KB gzipped, or loaded lazily only on the screens that use it |`,
    '',
    `- where the web app loads it: ${webUse()}`,
    '',
  ].join('\n');
  console.log(section);
  if (process.argv.includes('--write')) writeSection(section);
  else console.log('(not written: run with --write to update BENCHMARKS.md)');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
