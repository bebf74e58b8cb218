import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/amends.mjs', import.meta.url));

/** Starts `amends start` as `npm start` does and resolves with its URL once it listens. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, 'start'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // The announcement ends with the Ctrl+C line; wait for all of it.
      const match = /running at (http:\/\/\S+)[\s\S]*Press Ctrl\+C/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, url, exited, output: () => ({ stdout, stderr }) };
}

describe('amends start', () => {
  // A failed assertion must not leave a server (and its workers) running after the test.
  const running: ChildProcess[] = [];
  afterEach(() => {
    for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
  });

  it('serves the web app and the API on SQLite in the data folder, and stops cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'amends-start-'));
    try {
      const server = start({ AMENDS_PORT: '0', AMENDS_DATA_DIR: dataDir });
      running.push(server.child);
      const url = await server.url;
      const health = (await (await fetch(`${url}/healthz`)).json()) as { database: string };
      expect(health.database).toBe('sqlite');
      expect(existsSync(join(dataDir, 'amends.sqlite'))).toBe(true);
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">|<main|<!doctype html>/i);
      expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      const deepLink = await fetch(`${url}/settings`);
      expect(deepLink.status).toBe(200);
      expect((await fetch(`${url}/api/openapi.json`)).status).toBe(200);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('runs several worker processes on one port with AMENDS_WORKERS, and stops them all', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'amends-start-'));
    try {
      const server = start({ AMENDS_PORT: '0', AMENDS_DATA_DIR: dataDir, AMENDS_WORKERS: '2' });
      running.push(server.child);
      const url = await server.url;
      expect(server.output().stdout).toMatch(/Workers: 2 processes/);
      const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${url}/healthz`)));
      expect(answers.every((a) => a.status === 200)).toBe(true);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a bad setting with a plain message and exit code 2', async () => {
    const server = start({ AMENDS_PORT: 'eighty' });
    await expect(server.url).rejects.toThrow(/exited 2: amends: AMENDS_PORT must be a port number/);
  });
});
