import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runAnalyze, type AnalyzeOptions } from './analyze.js';

async function run(opts: AnalyzeOptions, stdin = '', color = false) {
  const input = new PassThrough();
  input.end(stdin);
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: '', err: '' };
  out.on('data', (c: Buffer) => (chunks.out += c.toString()));
  err.on('data', (c: Buffer) => (chunks.err += c.toString()));
  const code = await runAnalyze(opts, { stdin: input, stdout: out, stderr: err, color });
  return { code, ...chunks };
}

const draft = "I'm sorry if you were offended, but I was exhausted.";

describe('amends analyze', () => {
  it('prints a readable report with the span marked by carets', async () => {
    const r = await run({ kind: 'apology' }, draft);
    expect(r.code).toBe(0);
    expect(r.out).toContain('conditional');
    const lines = r.out.split('\n');
    const i = lines.findIndex((l) => l.startsWith('WARNING excuse'));
    expect(lines[i + 1]).toBe(`  ${draft}`);
    expect(lines[i + 2]).toBe(
      `  ${' '.repeat(draft.indexOf('but'))}${'^'.repeat('but I was exhausted'.length)}`,
    );
  });

  it('highlights spans with ANSI colour on a terminal', async () => {
    const r = await run({ file: '-' }, draft, true);
    expect(r.out).toContain('\x1b[1;4;33mbut I was exhausted\x1b[0m');
  });

  it('prints the Analysis as JSON', async () => {
    const r = await run({ json: true, kind: 'apology' }, draft);
    const a = JSON.parse(r.out) as { findings: { start: number; end: number }[]; components: string[] };
    // Regret aimed at their reaction ("sorry if you were offended") is not remorse.
    expect(a.components).toEqual([]);
    expect(a.findings.map((f) => draft.slice(f.start, f.end))).toContain('but I was exhausted');
  });

  it('reads a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amends-analyze-'));
    const file = join(dir, 'draft.txt');
    writeFileSync(file, 'I want to die.');
    const r = await run({ file });
    expect(r.code).toBe(0);
    expect(r.out).toContain('DANGER crisis');
    expect(r.out).toContain('988');
  });

  it('exits 2 with a plain message for a missing file or a bad kind', async () => {
    const missing = await run({ file: '/nonexistent/draft.txt' });
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('amends analyze: no such file: /nonexistent/draft.txt\n');
    const kind = await run({ kind: 'letter' }, draft);
    expect(kind.code).toBe(2);
    expect(kind.err).toMatch(/--kind must be one of apology, request, message/);
  });

  it('batches JSON Lines in order, and a bad line gets an error line', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'You owe me a talk.', kind: 'request' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 42 }),
      JSON.stringify({ id: 'd', text: 'x', kind: 'poem' }),
      '',
      JSON.stringify({ id: 'e', text: 'Thank you for the package.' }),
    ].join('\n');
    const r = await run({ jsonl: true }, input);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd', 'e']);
    expect((lines[0]!.findings as { category: string }[])[0]!.category).toBe('demand');
    expect(lines[1]!.error).toMatch(/^not JSON/);
    expect(lines[2]!.error).toBe('"text" must be a string');
    expect(lines[3]!.error).toMatch(/"kind" must be one of/);
    expect(lines[4]).toEqual({ id: 'e', findings: [], components: [] });
  });
});
