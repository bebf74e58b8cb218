import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { TEST_KDF } from '@amends/crypto';
import { buildServer } from '@amends/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ApiError, PassphraseRejectedError, Vault, WrongPassphraseError } from '../src/index.js';
import {
  DATABASE_KINDS,
  freshDatabase,
  POSTGRES_URL,
  type TestDatabase,
} from '../../../test/support/databases.js';

const CANARY = 'Canary: I am sorry I missed your sister’s wedding, 7f3a9c';
const options = { kdf: TEST_KDF };

describe.each(DATABASE_KINDS)('the vault against a real server on %s', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let baseUrl: string;
  let log = '';
  let n = 0;
  const api = () => new ApiClient({ baseUrl, cookieJar: true });
  const name = () => `person${++n}`;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        log += chunk.toString();
        done();
      },
    });
    app = await buildServer({ connection: database.connection, log: { level: 'trace', stream } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('signs up, stores encrypted items, and unlocks only with the right passphrase', async () => {
    const username = name();
    const { vault, recoveryKey } = await Vault.signup(
      api(),
      { username, passphrase: 'a long walk by the river' },
      options,
    );
    expect(recoveryKey).toMatch(/^AMND-/);
    const item = await vault.create('journal-entry', { text: 'first page' });
    expect((await vault.get<{ text: string }>(item.id)).value.text).toBe('first page');

    vault.lock();
    expect(vault.unlocked).toBe(false);
    await expect(vault.list('journal-entry')).rejects.toThrow(/locked/i);
    await expect(vault.unlock('not my passphrase at all')).rejects.toBeInstanceOf(WrongPassphraseError);
    await vault.unlock('a long walk by the river');
    const updated = await vault.update(item, { text: 'second draft' });
    expect(updated.version).toBe(2);
    await expect(vault.update(item, { text: 'stale' })).rejects.toMatchObject({ code: 'version_conflict' });
    expect((await vault.list<{ text: string }>('journal-entry')).map((i) => i.value.text)).toEqual([
      'second draft',
    ]);
  });

  it('refuses short and common passphrases before anything is sent', async () => {
    await expect(
      Vault.signup(api(), { username: name(), passphrase: 'short' }, options),
    ).rejects.toBeInstanceOf(PassphraseRejectedError);
    await expect(
      Vault.signup(api(), { username: name(), passphrase: 'Password 1234' }, options),
    ).rejects.toMatchObject({ code: 'common' });
  });

  it('logs in on a second device, resumes a locked session, and changes the passphrase', async () => {
    const username = name();
    const first = (await Vault.signup(api(), { username, passphrase: 'the first passphrase' }, options))
      .vault;
    await first.create('note', { text: 'kept across passphrases' });
    const secondApi = api();
    const second = await Vault.login(secondApi, { username, passphrase: 'the first passphrase' }, options);
    expect(second.unlocked).toBe(true);
    await expect(Vault.resume(api(), options)).resolves.toBeNull();
    const resumed = await Vault.resume(secondApi, options);
    expect(resumed?.unlocked).toBe(false);
    // Resuming hands the client the session's CSRF token, so the unlocked vault can write.
    await resumed!.unlock('the first passphrase');
    await resumed!.create('note', { text: 'written after resuming' });

    expect(await first.changePassphrase('the first passphrase', 'the second passphrase')).toBe(1);
    await expect(Vault.resume(secondApi, options)).resolves.toBeNull();
    await expect(
      Vault.login(api(), { username, passphrase: 'the first passphrase' }, options),
    ).rejects.toBeInstanceOf(ApiError);
    const third = await Vault.login(api(), { username, passphrase: 'the second passphrase' }, options);
    expect((await third.list<{ text: string }>('note')).map((n) => n.value.text)).toContain(
      'kept across passphrases',
    );
  });

  it('tells a device once its session is ended elsewhere, and never for a failed sign-in', async () => {
    const username = name();
    let endedOnSecond = 0;
    const secondApi = new ApiClient({ baseUrl, cookieJar: true, onSessionEnded: () => endedOnSecond++ });
    await expect(
      Vault.login(secondApi, { username: 'nobody-here', passphrase: 'not a real passphrase' }, options),
    ).rejects.toBeInstanceOf(ApiError);
    expect(endedOnSecond).toBe(0);

    const first = (await Vault.signup(api(), { username, passphrase: 'ended from afar' }, options)).vault;
    const second = await Vault.login(secondApi, { username, passphrase: 'ended from afar' }, options);
    await second.list('note');
    const other = (await first.sessions()).find((s) => !s.current)!;
    await first.endSession(other.id);

    await expect(second.list('note')).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(endedOnSecond).toBe(1);
  });

  it('recovers with the recovery key and keeps every item readable', async () => {
    const username = name();
    const { vault, recoveryKey } = await Vault.signup(
      api(),
      { username, passphrase: 'forgotten one day' },
      options,
    );
    await vault.create('note', { text: 'still here after recovery' });
    await expect(
      Vault.recover(
        api(),
        {
          username,
          recoveryKey: recoveryKey.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
          newPassphrase: 'a fresh start again',
        },
        options,
      ),
    ).rejects.toThrow();
    const recovered = await Vault.recover(
      api(),
      { username, recoveryKey: recoveryKey.toLowerCase(), newPassphrase: 'a fresh start again' },
      options,
    );
    expect((await recovered.list<{ text: string }>('note'))[0]?.value.text).toBe('still here after recovery');
    const next = await recovered.newRecoveryKey('a fresh start again');
    await expect(
      Vault.recover(api(), { username, recoveryKey, newPassphrase: 'another new passphrase' }, options),
    ).rejects.toMatchObject({ code: 'invalid_credentials' });
    await Vault.recover(
      api(),
      { username, recoveryKey: next, newPassphrase: 'another new passphrase' },
      options,
    );
  });

  it('deletes the account and everything in it', async () => {
    const username = name();
    const { vault } = await Vault.signup(api(), { username, passphrase: 'time to let go now' }, options);
    await vault.create('note', { text: 'gone' });
    await vault.deleteAccount('time to let go now');
    await expect(
      Vault.login(api(), { username, passphrase: 'time to let go now' }, options),
    ).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
  });

  it('never lets the canary sentence reach the database files, a dump or the log', async () => {
    const username = name();
    const { vault } = await Vault.signup(api(), { username, passphrase: 'canary passphrase here' }, options);
    const item = await vault.create('journal-entry', { text: CANARY });
    await vault.update(item, { text: `${CANARY} (edited)` });
    await vault.create('apology-draft', { body: CANARY.repeat(3) });
    const needle = Buffer.from('7f3a9c');
    const passphrase = Buffer.from('canary passphrase here');

    if (kind === 'sqlite') {
      const files = readdirSync(database.dataDir).filter((f) => f.startsWith('amends.sqlite'));
      expect(files).toEqual(expect.arrayContaining(['amends.sqlite', 'amends.sqlite-wal']));
      for (const file of files) {
        const bytes = readFileSync(join(database.dataDir, file));
        expect(bytes.includes(needle), file).toBe(false);
        expect(bytes.includes(passphrase), file).toBe(false);
      }
    } else {
      const dump = execFileSync('pg_dump', ['--schema', database.pgSchema!, POSTGRES_URL], {
        maxBuffer: 1 << 28,
      });
      expect(dump.length).toBeGreaterThan(1000);
      expect(dump.includes(Buffer.from(username))).toBe(true);
      expect(dump.includes(needle)).toBe(false);
      expect(dump.includes(passphrase)).toBe(false);
    }
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain('7f3a9c');
    expect(log).not.toContain('canary passphrase');
    expect(log).not.toContain('amends_session=');
  });
});
