// The built `amends analyze` loads the review's rules prepared at build time (analyzer.image beside
// the bundle) instead of compiling them, and reviews exactly as the library does; an image that no
// longer fits is said plainly and changes nothing but the wait.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, KINDS } from '@amends/analyzer';
import { afterAll, describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
// Copies live inside dist (rebuilt from scratch by every build), so the bundle's npm imports resolve.
const copies = mkdtempSync(join(DIST, '.image-test-'));
afterAll(() => rmSync(copies, { recursive: true, force: true }));

const DRAFTS = [
  "I'm sorry if you were offended, but I was exhausted.",
  'I lied to you about the money, and I am sorry. I will show you the statements every month.',
  'Could we meet for a coffee in the spring? If the answer is no, I will respect it.',
  "I can't do this anymore. I've written letters for everyone.",
];

function analyzeWith(
  bundle: string,
  text: string,
  kind: string,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [bundle, 'analyze', '--json', '--kind', kind],
      { env: { PATH: process.env.PATH ?? '' }, timeout: 120_000 },
      (error, stdout, stderr) => (error ? reject(error) : resolve({ stdout, stderr })),
    );
    child.stdin!.end(text);
  });
}

describe('amends analyze with its prepared rules', () => {
  it('is built beside the bundle, loads without a word, and reviews as the library does', async () => {
    expect(existsSync(join(DIST, 'analyzer.image'))).toBe(true);
    for (const [i, text] of DRAFTS.entries()) {
      const kind = KINDS[i % KINDS.length]!;
      const run = await analyzeWith(join(DIST, 'amends.mjs'), text, kind);
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(analyze(text, { kind }))));
    }
  }, 240_000);

  it('says why it is slow when the prepared rules do not fit, and reviews the same', async () => {
    const copy = join(copies, 'stale');
    cpSync(join(DIST, 'amends.mjs'), join(copy, 'amends.mjs'));
    cpSync(join(DIST, 'chunks'), join(copy, 'chunks'), { recursive: true });
    writeFileSync(join(copy, 'analyzer.image'), 'made by another version');
    const text = DRAFTS[0]!;
    const run = await analyzeWith(join(copy, 'amends.mjs'), text, 'apology');
    expect(run.stderr).toMatch(/prepared review rules are out of date.*`npm run build`/);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(analyze(text, { kind: 'apology' }))));
  }, 120_000);
});
