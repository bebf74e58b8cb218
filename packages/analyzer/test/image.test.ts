// An analyzer image (src/image.ts) stands in for compiling the shipped rules only where it gives
// exactly what compiling gives. Images are made and loaded in fresh processes (support/image-child.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { KINDS } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'amends-image-test-'));
const child = join(dir, 'child.mjs');
const image = join(dir, 'analyzer.image');
const run = (...args: string[]): string =>
  execFileSync(process.execPath, [child, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

// Every corpus message of the development part and some of the training part, with the lines the
// analyzer finds hardest to keep apart (crisis next to its idioms): a few hundred texts, each kind.
function texts(): string[] {
  const read = (name: string): string[] =>
    readFileSync(new URL(`../corpus/${name}.jsonl`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text);
  return [...read('dev'), ...read('train').slice(0, 300), 'I want to die.', 'this is killing me', ''];
}

beforeAll(async () => {
  await build({
    entryPoints: [new URL('./support/image-child.ts', import.meta.url).pathname],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
  run('make', image);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the analyzer image', () => {
  it('gives, loaded in a fresh process, the analyses compiling gives', () => {
    const all = texts();
    const file = join(dir, 'texts.json');
    writeFileSync(file, JSON.stringify(all));
    const out = JSON.parse(run('use', image, file)) as { used: boolean; analyses: unknown[] };
    expect(out.used).toBe(true);
    const compiled = all.flatMap((text) => KINDS.map((kind) => analyze(text, { kind })));
    expect(out.analyses).toHaveLength(compiled.length);
    expect(out.analyses).toEqual(JSON.parse(JSON.stringify(compiled)));
  }, 120_000);

  it('is declined where another rule set was compiled first, which moved the shared stores', () => {
    expect(JSON.parse(run('other-first', image))).toEqual({ used: false });
  }, 60_000);

  it('is declined, adding nothing, when cut short, not JSON, or made from other rules or models', () => {
    // In a fresh process, so that only what is under test can decline it: the last load, of the image
    // as made, must still fit.
    expect(JSON.parse(run('decline', image))).toEqual({
      cutShort: true,
      headerCut: true,
      tablesCut: true,
      notJson: true,
      otherRules: true,
      otherModels: true,
      stillLoads: true,
    });
  }, 60_000);
});
