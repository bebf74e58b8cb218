import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { ApiClient, Vault } from '@amends/client';
import { ITEM_TYPES } from '@amends/core';
import { buildServer } from '@amends/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/databases.js';
import {
  behaviour,
  changePlanFor,
  motivesReady,
  onboardingWithoutRisk,
} from '../../../test/support/program-fixtures.js';

const BIN = fileURLToPath(new URL('../bin/amends.mjs', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `amends` command as a user would, with no terminal attached. */
function amends(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('the amends command against a running server', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let server: string;
  const user = { AMENDS_USERNAME: 'cli-person', AMENDS_PASSPHRASE: 'walking the long way home' };
  const as = (now: string) => ({ ...user, AMENDS_NOW: now });

  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    app = await buildServer({ connection: database.connection, log: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    server = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('prints --help for every command', async () => {
    for (const command of [
      [],
      ['start'],
      ['status'],
      ['account', 'create'],
      ['signal', 'add'],
      ['signal', 'list'],
      ['no-contact', 'start'],
    ]) {
      const run = await amends([...command, '--help']);
      expect(run.code, command.join(' ')).toBe(0);
      expect(run.stdout).toMatch(/Usage: amends/);
      // The server to talk to is chosen before the command; each command's help says so.
      expect(run.stdout, command.join(' ')).toMatch(/--server <url>/);
    }
  });

  it('reports the server, its database and schema version', async () => {
    const run = await amends(['--server', server, 'status', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      server: { ok: true, database: 'sqlite', schemaVersion: 1 },
    });
    const down = await amends(['--server', 'http://127.0.0.1:9', 'status']);
    expect(down.code).toBe(3);
    expect(down.stderr).toMatch(/not running/);
  });

  it('creates an account and shows the recovery key once', async () => {
    const run = await amends(['--server', server, 'account', 'create'], user);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/AMND-[0-9A-Z-]+/);
    expect(run.stdout).toMatch(/Save it somewhere safe/);
    const weak = await amends(['--server', server, 'account', 'create', '--username', 'weak'], {
      AMENDS_PASSPHRASE: 'short',
    });
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/at least 12 characters/);
  });

  it('walks step 2: no contact, a wait, an open signal, then a stop closes everything', async () => {
    // Onboarding and step 1 are entered on screens; here the same client library writes them.
    const vault = await Vault.login(new ApiClient({ baseUrl: server, cookieJar: true }), {
      username: user.AMENDS_USERNAME,
      passphrase: user.AMENDS_PASSPHRASE,
    });
    await vault.create(ITEM_TYPES.onboarding, onboardingWithoutRisk('2026-03-01T10:00:00Z'));
    await vault.create(ITEM_TYPES.motivesCheck, motivesReady('2026-03-01T10:05:00Z'));
    const b = await vault.create(ITEM_TYPES.behaviour, behaviour);
    await vault.create(ITEM_TYPES.changePlan, changePlanFor(b.id, '2026-03-02'));
    await vault.logout();

    const cli = (args: string[], now: string) => amends(['--server', server, ...args], as(now));
    const status = async (now: string) => {
      const run = await cli(['status', '--json'], now);
      expect(run.stderr).toBe('');
      return JSON.parse(run.stdout) as {
        step: number;
        outreach: { state: string; reasons: string[]; until: string | null };
      };
    };

    expect((await status('2026-03-03T09:00:00Z')).outreach.state).toBe('not-yet');
    const started = await cli(
      ['no-contact', 'start', '--on', '2026-03-03', '--days', '30'],
      '2026-03-03T09:00:00Z',
    );
    expect(started.code).toBe(0);
    expect(started.stdout).toMatch(/until 2026-04-02/);
    const waiting = await status('2026-03-10T09:00:00Z');
    expect(waiting.step).toBe(2);
    expect(waiting.outreach).toMatchObject({ state: 'waiting', until: '2026-04-02' });

    const space = await cli(
      ['signal', 'add', 'asked-for-space', '--until', '2026-04-20', '--note', 'Said they need time.'],
      '2026-03-20T09:00:00Z',
    );
    expect(space.code).toBe(0);
    expect(space.stdout).toMatch(/Outreach: waiting \(until 2026-04-20\)/);
    expect((await status('2026-04-19T09:00:00Z')).outreach.state).toBe('waiting');
    expect((await status('2026-04-20T09:00:00Z')).outreach.state).toBe('open');

    await cli(['signal', 'add', 'open-to-talk', '--at', '2026-04-21T12:00:00Z'], '2026-04-21T13:00:00Z');
    expect((await status('2026-04-21T13:00:00Z')).outreach.state).toBe('open');

    const stop = await cli(
      ['signal', 'add', 'asked-no-contact', '--at', '2026-04-25T08:00:00Z'],
      '2026-04-25T09:00:00Z',
    );
    expect(stop.stdout).toMatch(/Outreach: closed/);
    const closed = await status('2026-04-25T09:00:00Z');
    expect(closed.outreach.state).toBe('closed');
    expect(closed.outreach.reasons.join(' ')).toMatch(/no contact/i);

    const slip = await cli(
      ['signal', 'add', 'slip', '--note', 'I texted them anyway.'],
      '2026-04-26T09:00:00Z',
    );
    expect(slip.stdout).toMatch(/opens nothing/);
    expect((await status('2026-06-01T09:00:00Z')).outreach.state).toBe('closed');

    const human = await cli(['status'], '2026-06-01T09:00:00Z');
    expect(human.stdout).toMatch(/Outreach: closed/);
    const list = await cli(['signal', 'list', '--json'], '2026-06-01T09:00:00Z');
    expect((JSON.parse(list.stdout) as { kind: string }[]).map((s) => s.kind)).toEqual([
      'asked-for-space',
      'open-to-talk',
      'asked-no-contact',
      'slip',
    ]);
    const text = await cli(['signal', 'list'], '2026-06-01T09:00:00Z');
    expect(text.stdout).toMatch(/I texted them anyway/);
    // Some fifteen commands, each its own process: about 40 s on a quiet machine, and the machines are
    // shared, so it gets twice the usual limit.
  }, 120_000);

  it('rejects bad input with exit code 2 and a plain message, recording nothing', async () => {
    const cli = (args: string[]) => amends(['--server', server, ...args], as('2026-06-01T09:00:00Z'));
    const before = JSON.parse((await cli(['signal', 'list', '--json'])).stdout) as unknown[];
    const unknown = await cli(['signal', 'add', 'ghosted']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/asked-no-contact/);
    const badDate = await cli(['signal', 'add', 'blocked', '--at', '31/12/2026']);
    expect(badDate.code).toBe(2);
    const untilOnStop = await cli(['signal', 'add', 'blocked', '--until', '2026-07-01']);
    expect(untilOnStop.code).toBe(2);
    const after = JSON.parse((await cli(['signal', 'list', '--json'])).stdout) as unknown[];
    expect(after).toHaveLength(before.length);
    const wrong = await amends(['--server', server, 'signal', 'list'], {
      ...user,
      AMENDS_PASSPHRASE: 'not the right one!',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/do not match/);
  });
});
