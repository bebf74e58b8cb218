// Figure: how long unlocking takes in headless Chromium with the production key derivation
// (Argon2id, PRODUCTION_KDF), through the real app: from pressing Unlock to the home screen.
// Usage: npm run bench:unlock [-- --runs 7] [-- --write]   (--write updates "## Unlock" in BENCHMARKS.md)
// Needs the built web app (npm run build).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRODUCTION_KDF } from '@amends/crypto';
import { launchBrowser } from '../test/e2e/chromium';
import { startServer } from '../test/e2e/server';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const TARGET_MS = 1500;
const PASSPHRASE = 'quiet harbour lantern morning';

const server = await startServer();
const browser = await launchBrowser();
const times: number[] = [];
try {
  const page = await browser.newPage({ baseURL: server.url });
  const heading = (name: string) => page.getByRole('heading', { level: 1, name });

  await page.goto('/');
  await heading('A private place to make amends').waitFor();
  await page.getByLabel('Username', { exact: true }).fill(`bench-${Date.now().toString(36)}`);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase again', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create account' }).click();
  await heading('Save your recovery key').waitFor({ timeout: 60_000 });
  await page.getByLabel('I have saved my recovery key somewhere safe').check();
  await page.getByRole('button', { name: 'Continue to Amends' }).click();
  await heading('Your six steps').waitFor();

  // One unmeasured round first, so the lazy chunks are loaded as they would be for a returning user.
  for (let run = 0; run <= RUNS; run++) {
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await heading('Amends is locked').waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    const started = performance.now();
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await heading('Your six steps').waitFor({ timeout: 60_000 });
    const elapsed = performance.now() - started;
    if (run > 0) times.push(elapsed);
  }
} finally {
  await browser.close();
  await server.close();
}

const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
const max = sorted[sorted.length - 1] ?? NaN;
const min = sorted[0] ?? NaN;
const kdf = `Argon2id ${PRODUCTION_KDF.memoryKiB / 1024} MiB, ${PRODUCTION_KDF.iterations} passes, parallelism ${PRODUCTION_KDF.parallelism}`;
console.log(`Unlock in headless Chromium (${kdf}), ${times.length} runs:`);
console.log(`  runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
console.log(
  `  median ${median.toFixed(0)} ms, min ${min.toFixed(0)} ms, max ${max.toFixed(0)} ms (target ≤ ${TARGET_MS} ms)`,
);

if (process.argv.includes('--write')) {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const section = [
    '## Unlock',
    '',
    `- machine: ${cpu}, ${cpus().length} cores; Node ${process.version}; Chromium from /usr/bin/chromium, headless; date ${new Date().toISOString().slice(0, 10)}`,
    `- command: \`npm run build && npm run bench:unlock -- --runs ${RUNS} --write\` (scripts/bench-unlock.ts)`,
    `- what is timed: on the lock screen of the real app (served by @amends/server), from pressing Unlock to the home screen's heading, with ${kdf} (PRODUCTION_KDF) derived in the app's Web Worker; ${RUNS} runs after one warm-up`,
    '',
    '| what | result | target |',
    '|---|---|---|',
    `| unlock, median | ${median.toFixed(0)} ms | ≤ ${TARGET_MS} ms |`,
    `| unlock, max | ${max.toFixed(0)} ms | |`,
    `| unlock, min | ${min.toFixed(0)} ms | |`,
    '',
  ].join('\n');
  writeSection(join(root, 'BENCHMARKS.md'), '## Unlock', section);
  console.log('Updated "## Unlock" in BENCHMARKS.md.');
}

/** Replaces one "## " section of the file (or appends it), leaving the others as they are. */
function writeSection(path: string, heading: string, text: string): void {
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
