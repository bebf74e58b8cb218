// Every `amends` command starts by reading the main bundle, so what only `start` (the server, its
// database drivers) and `analyze` (the review's rules and models) need is loaded by those commands
// alone, from chunks of their own.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

describe('the built amends command', () => {
  it('reads neither the server nor the review at start', () => {
    const main = readFileSync(`${DIST}amends.mjs`, 'utf8');
    for (const heavy of ['fastify', 'pg', 'better-sqlite3', 'kysely', '@fastify/static'])
      expect(main, heavy).not.toMatch(new RegExp(`from "${heavy}"`));
    expect(main).not.toContain('regret.sorry');
    // They are there, for the commands that need them.
    const chunks = readdirSync(`${DIST}chunks`).filter((f) => f.endsWith('.mjs'));
    const all = chunks.map((f) => readFileSync(`${DIST}chunks/${f}`, 'utf8')).join('\n');
    expect(all).toMatch(/from "fastify"/);
    expect(all).toContain('regret.sorry');
  });
});
