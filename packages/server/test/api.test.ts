import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/index.js';
import { errorCode, fakeKey, sealed, TestUser } from './api-client.js';
import { DATABASE_KINDS, freshDatabase, type TestDatabase } from '../../../test/support/databases.js';

type Page = { items: { id: string; version: number; ciphertext: string }[]; nextCursor: string | null };

describe.each(DATABASE_KINDS)('the API on %s', (kind) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let now = new Date('2026-03-01T09:00:00Z');
  const advance = (ms: number) => (now = new Date(now.getTime() + ms));
  let seq = 0;
  const newUser = (name = `user${++seq}`) => new TestUser(app, name);

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = await buildServer({
      connection: database.connection,
      now: () => now,
      log: false,
      limits: { signupPerAddress: 1000, loginPerAddress: 1000 },
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('answers health checks with the database and schema version', async () => {
    const call = await newUser().call('GET', '/healthz');
    expect(call.status).toBe(200);
    expect(call.body).toMatchObject({ ok: true, database: kind, schemaVersion: 1 });
  });

  it('serves an OpenAPI document listing the routes', async () => {
    const call = await newUser().call('GET', '/api/openapi.json');
    const doc = call.body as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/signup',
        '/api/auth/login',
        '/api/items',
        '/api/items/{id}',
        '/healthz',
      ]),
    );
  });

  describe('accounts', () => {
    it('signs up, sets an HttpOnly strict session cookie and returns the wrapped key', async () => {
      const user = newUser();
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        headers: { 'content-type': 'application/json' },
        payload: {
          username: user.username,
          salt: fakeKey().slice(0, 22),
          kdf: { algorithm: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 },
          verifier: fakeKey(),
          wrappedItemsKey: sealed(),
          recoveryWrappedItemsKey: sealed(),
          recoveryVerifier: fakeKey(),
        },
      });
      expect(response.statusCode).toBe(201);
      const cookie = String(response.headers['set-cookie']);
      expect(cookie).toMatch(/amends_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(response.json()).toMatchObject({
        account: { username: user.username },
        csrfToken: expect.any(String),
      });
    });

    it('refuses a taken username, whatever its case', async () => {
      const first = newUser('Taken.Name');
      expect((await first.signup()).status).toBe(201);
      const second = await newUser('taken.name').signup();
      expect(second.status).toBe(409);
      expect(errorCode(second)).toBe('username_taken');
    });

    it('hands out a stable made-up salt for unknown names, so names cannot be probed', async () => {
      const probe = newUser();
      const a = await probe.call('POST', '/api/auth/params', { username: 'nobody-here' });
      const b = await probe.call('POST', '/api/auth/params', { username: 'nobody-here' });
      const c = await probe.call('POST', '/api/auth/params', { username: 'someone-else' });
      expect(a.status).toBe(200);
      expect(a.body).toEqual(b.body);
      expect(a.body).not.toEqual(c.body);
      const real = newUser();
      await real.signup();
      const params = (await probe.call('POST', '/api/auth/params', { username: real.username })).body as {
        kdf: object;
      };
      expect(Object.keys(params).sort()).toEqual(Object.keys(a.body as object).sort());
    });

    it('answers an unknown name exactly as a wrong passphrase', async () => {
      const user = newUser();
      await user.signup();
      const wrong = await newUser(user.username).login(fakeKey());
      const unknown = await newUser('no-such-user').login(fakeKey());
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body).toEqual(unknown.body);
    });

    it('logs in, reads the session, logs out, and the cookie stops working', async () => {
      const user = newUser();
      await user.signup();
      const device = newUser(user.username);
      Object.assign(device, { verifier: user.verifier });
      expect((await device.login(user.verifier)).status).toBe(200);
      const session = await device.call('GET', '/api/auth/session');
      expect(session.status).toBe(200);
      expect(session.body).toMatchObject({
        account: { username: user.username },
        session: { current: true },
      });
      const cookie = device.cookie;
      expect((await device.call('POST', '/api/auth/logout')).status).toBe(204);
      device.cookie = cookie;
      expect((await device.call('GET', '/api/auth/session')).status).toBe(401);
    });

    it('rate-limits login attempts per name with 429 and Retry-After, and the window passes', async () => {
      const user = newUser();
      await user.signup();
      const attacker = newUser(user.username);
      for (let i = 0; i < 10; i++) expect((await attacker.login(fakeKey())).status).toBe(401);
      const limited = await attacker.login(user.verifier);
      expect(limited.status).toBe(429);
      expect(errorCode(limited)).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      advance(15 * 60_000 + 1000);
      expect((await attacker.login(user.verifier)).status).toBe(200);
    });

    it("answers a page opening with this device's session, or null with no error status", async () => {
      const visitor = newUser();
      const none = await visitor.call('GET', '/api/auth/resume');
      expect(none.status).toBe(200);
      expect(none.body).toEqual({ current: null });

      const user = newUser();
      await user.signup();
      const resumed = await user.call('GET', '/api/auth/resume');
      expect(resumed.status).toBe(200);
      expect(resumed.body).toMatchObject({
        current: { account: { username: user.username }, session: { current: true } },
      });
      expect((resumed.body as { current: { csrfToken: string } }).current.csrfToken).toBe(user.csrf);

      // A cookie whose session has ended gets null, and the cookie is cleared.
      const cookie = user.cookie;
      expect((await user.call('POST', '/api/auth/logout')).status).toBe(204);
      user.cookie = cookie;
      const ended = await user.call('GET', '/api/auth/resume');
      expect(ended.status).toBe(200);
      expect(ended.body).toEqual({ current: null });
      expect(user.cookie).toBe('');

      const idle = newUser();
      await idle.signup();
      advance(7 * 24 * 3600_000 + 1);
      expect((await idle.call('GET', '/api/auth/resume')).body).toEqual({ current: null });
    });

    it('ends a session after a week idle', async () => {
      const user = newUser();
      await user.signup();
      advance(6 * 24 * 3600_000);
      expect((await user.call('GET', '/api/auth/session')).status).toBe(200);
      advance(7 * 24 * 3600_000 + 1);
      expect((await user.call('GET', '/api/auth/session')).status).toBe(401);
    });

    it('lists sessions and ends another one', async () => {
      const user = newUser();
      await user.signup();
      const phone = newUser(user.username);
      await phone.login(user.verifier);
      const list = (await user.call('GET', '/api/sessions')).body as {
        sessions: { id: string; current: boolean }[];
      };
      expect(list.sessions).toHaveLength(2);
      const other = list.sessions.find((s) => !s.current)!;
      expect((await user.call('DELETE', `/api/sessions/${other.id}`)).status).toBe(204);
      expect((await phone.call('GET', '/api/auth/session')).status).toBe(401);
      expect((await user.call('DELETE', `/api/sessions/${randomUUID()}`)).status).toBe(404);
    });

    it('changes the passphrase, ending the other sessions; the old verifier stops working', async () => {
      const user = newUser();
      await user.signup();
      const laptop = newUser(user.username);
      await laptop.login(user.verifier);
      const newVerifier = fakeKey();
      const wrong = await user.call('POST', '/api/account/passphrase', {
        currentVerifier: fakeKey(),
        salt: fakeKey().slice(0, 22),
        kdf: { algorithm: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 },
        verifier: newVerifier,
        wrappedItemsKey: sealed(),
      });
      expect(wrong.status).toBe(401);
      const changed = await user.call('POST', '/api/account/passphrase', {
        currentVerifier: user.verifier,
        salt: fakeKey().slice(0, 22),
        kdf: { algorithm: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 },
        verifier: newVerifier,
        wrappedItemsKey: sealed('new wrapping'),
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toEqual({ endedSessions: 1 });
      expect((await laptop.call('GET', '/api/auth/session')).status).toBe(401);
      expect((await user.call('GET', '/api/auth/session')).status).toBe(200);
      expect((await newUser(user.username).login(user.verifier)).status).toBe(401);
      expect((await newUser(user.username).login(newVerifier)).status).toBe(200);
    });

    it('recovers with the recovery key: sets a new passphrase and ends every old session', async () => {
      const user = newUser();
      await user.signup();
      const stranger = newUser(user.username);
      const refused = await stranger.call('POST', '/api/auth/recovery/key', {
        username: user.username,
        recoveryVerifier: fakeKey(),
      });
      expect(refused.status).toBe(401);
      const key = await stranger.call('POST', '/api/auth/recovery/key', {
        username: user.username,
        recoveryVerifier: user.recoveryVerifier,
      });
      expect(key.status).toBe(200);
      expect(key.body).toMatchObject({ recoveryWrappedItemsKey: expect.stringMatching(/^am1:/) });
      const newVerifier = fakeKey();
      const reset = await stranger.call('POST', '/api/auth/recovery/reset', {
        username: user.username,
        recoveryVerifier: user.recoveryVerifier,
        salt: fakeKey().slice(0, 22),
        kdf: { algorithm: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 },
        verifier: newVerifier,
        wrappedItemsKey: sealed(),
      });
      expect(reset.status).toBe(200);
      expect((await user.call('GET', '/api/auth/session')).status).toBe(401);
      expect((await stranger.call('GET', '/api/auth/session')).status).toBe(200);
      expect((await newUser(user.username).login(newVerifier)).status).toBe(200);
    });

    it('replaces the recovery key so the old one stops working', async () => {
      const user = newUser();
      await user.signup();
      const next = fakeKey();
      const rotated = await user.call('PUT', '/api/account/recovery', {
        currentVerifier: user.verifier,
        recoveryWrappedItemsKey: sealed(),
        recoveryVerifier: next,
      });
      expect(rotated.status).toBe(204);
      const old = await user.call('POST', '/api/auth/recovery/key', {
        username: user.username,
        recoveryVerifier: user.recoveryVerifier,
      });
      expect(old.status).toBe(401);
      const fresh = await user.call('POST', '/api/auth/recovery/key', {
        username: user.username,
        recoveryVerifier: next,
      });
      expect(fresh.status).toBe(200);
    });

    it('deletes the account with everything in it', async () => {
      const user = newUser();
      await user.signup();
      await user.createItem();
      await user.createItem();
      const refused = await user.call('DELETE', '/api/account', { verifier: fakeKey() });
      expect(refused.status).toBe(401);
      expect((await user.call('DELETE', '/api/account', { verifier: user.verifier })).status).toBe(204);
      expect((await newUser(user.username).login(user.verifier)).status).toBe(401);
      const db = database.connection.db;
      expect(
        await db.selectFrom('accounts').where('username', '=', user.username).selectAll().execute(),
      ).toEqual([]);
      const leftovers = await db
        .selectFrom('items')
        .innerJoin('accounts', 'accounts.id', 'items.account_id')
        .where('accounts.username', '=', user.username)
        .selectAll()
        .execute();
      expect(leftovers).toEqual([]);
    });
  });

  describe('items', () => {
    it('creates, reads, updates and deletes an item with optimistic versions', async () => {
      const user = newUser();
      await user.signup();
      const created = await user.createItem('journal-entry');
      expect(created.status).toBe(201);
      const item = created.body as { id: string; version: number; ciphertext: string };
      expect(item.version).toBe(1);
      expect((await user.call('GET', `/api/items/${item.id}`)).body).toMatchObject({
        id: item.id,
        version: 1,
      });

      const updated = await user.call('PUT', `/api/items/${item.id}`, {
        version: 1,
        ciphertext: sealed('v2'),
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ version: 2 });

      const stale = await user.call('PUT', `/api/items/${item.id}`, {
        version: 1,
        ciphertext: sealed('stale'),
      });
      expect(stale.status).toBe(409);
      expect(errorCode(stale)).toBe('version_conflict');
      const after = (await user.call('GET', `/api/items/${item.id}`)).body as {
        version: number;
        ciphertext: string;
      };
      expect(after.version).toBe(2);
      expect(after.ciphertext).toBe((updated.body as { ciphertext: string }).ciphertext);

      expect((await user.call('DELETE', `/api/items/${item.id}?version=1`)).status).toBe(409);
      expect((await user.call('DELETE', `/api/items/${item.id}?version=2`)).status).toBe(204);
      expect((await user.call('GET', `/api/items/${item.id}`)).status).toBe(404);
      expect(
        (await user.call('PUT', `/api/items/${item.id}`, { version: 3, ciphertext: sealed() })).status,
      ).toBe(404);
    });

    it('refuses a second item with the same id', async () => {
      const user = newUser();
      await user.signup();
      const id = randomUUID();
      expect((await user.call('POST', '/api/items', { id, type: 'note', ciphertext: sealed() })).status).toBe(
        201,
      );
      const again = await user.call('POST', '/api/items', { id, type: 'note', ciphertext: sealed() });
      expect(again.status).toBe(409);
      expect(errorCode(again)).toBe('item_exists');
    });

    it('lists items of a type in pages', async () => {
      const user = newUser();
      await user.signup();
      for (let i = 0; i < 7; i++) await user.createItem('signal');
      await user.createItem('journal-entry');
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/items?type=signal&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await user.call('GET', url)).body as Page;
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
      const all = (await user.call('GET', '/api/items')).body as Page;
      expect(all.items).toHaveLength(8);
    });

    it('reports changes since a cursor, deletions included', async () => {
      const user = newUser();
      await user.signup();
      const a = (await user.createItem()).body as { id: string };
      const start = (await user.call('GET', '/api/changes')).body as { cursor: number };
      const b = (await user.createItem()).body as { id: string };
      await user.call('DELETE', `/api/items/${a.id}?version=1`);
      const changes = (await user.call('GET', `/api/changes?since=${start.cursor}`)).body as {
        changes: { id: string; deleted: boolean; ciphertext: string | null }[];
      };
      expect(changes.changes.map((c) => [c.id, c.deleted])).toEqual([
        [b.id, false],
        [a.id, true],
      ]);
      expect(changes.changes[1]!.ciphertext).toBeNull();
    });

    it('never lets one user read, change or delete another user’s items', async () => {
      const alice = newUser();
      const mallory = newUser();
      await alice.signup();
      await mallory.signup();
      const item = (await alice.createItem('journal-entry')).body as { id: string };
      expect((await mallory.call('GET', `/api/items/${item.id}`)).status).toBe(404);
      expect(
        (await mallory.call('PUT', `/api/items/${item.id}`, { version: 1, ciphertext: sealed() })).status,
      ).toBe(404);
      expect((await mallory.call('DELETE', `/api/items/${item.id}?version=1`)).status).toBe(404);
      const taken = await mallory.call('POST', '/api/items', {
        id: item.id,
        type: 'journal-entry',
        ciphertext: sealed(),
      });
      expect(taken.status).toBe(201);
      expect(((await mallory.call('GET', '/api/items')).body as Page).items.map((i) => i.id)).toEqual([
        item.id,
      ]);
      const changes = (await mallory.call('GET', '/api/changes')).body as { changes: unknown[] };
      expect(changes.changes).toHaveLength(1);
      const mine = (await alice.call('GET', `/api/items/${item.id}`)).body as { version: number };
      expect(mine.version).toBe(1);
      const sessions = (await alice.call('GET', '/api/sessions')).body as { sessions: { id: string }[] };
      expect((await mallory.call('DELETE', `/api/sessions/${sessions.sessions[0]!.id}`)).status).toBe(404);
      expect((await alice.call('GET', '/api/auth/session')).status).toBe(200);
    });

    it('requires a session and the CSRF header', async () => {
      const user = newUser();
      await user.signup();
      const csrf = user.csrf;
      user.csrf = '';
      const forged = await user.createItem();
      expect(forged.status).toBe(403);
      expect(errorCode(forged)).toBe('csrf_failed');
      user.csrf = csrf;
      user.cookie = '';
      expect((await user.call('GET', '/api/items')).status).toBe(401);
    });
  });

  describe('bad input', () => {
    it('answers 400 with a stable code and a plain message, never a 500', async () => {
      const user = newUser();
      await user.signup();
      const cases: [string, unknown][] = [
        ['missing fields', { type: 'note' }],
        ['bad id', { id: 'not-a-uuid', type: 'note', ciphertext: sealed() }],
        ['bad type', { id: randomUUID(), type: 'Has Spaces', ciphertext: sealed() }],
        ['not ciphertext', { id: randomUUID(), type: 'note', ciphertext: 'my plain diary entry' }],
        ['extra field', { id: randomUUID(), type: 'note', ciphertext: sealed(), plaintext: 'x' }],
        ['not an object', [1, 2]],
      ];
      for (const [, payload] of cases) {
        const call = await user.call('POST', '/api/items', payload);
        expect(call.status).toBe(400);
        expect(errorCode(call)).toBe('invalid_request');
        expect((call.body as { error: { message: string } }).error.message).not.toMatch(/at .*\.ts:\d+/);
      }
      const badQuery = await user.call('GET', '/api/items?limit=0');
      expect(badQuery.status).toBe(400);
      const badCursor = await user.call('GET', '/api/items?cursor=zzz');
      expect(errorCode(badCursor)).toBe('invalid_request');
    });

    it('answers broken JSON with 400, other media types with 415, an oversized body with 413', async () => {
      const user = newUser();
      await user.signup();
      const headers = { cookie: user.cookie, 'x-amends-csrf': user.csrf };
      const broken = await app.inject({
        method: 'POST',
        url: '/api/items',
        headers: { ...headers, 'content-type': 'application/json' },
        payload: '{"id": ',
      });
      expect(broken.statusCode).toBe(400);
      expect(broken.json().error.code).toBe('invalid_json');
      const text = await app.inject({
        method: 'POST',
        url: '/api/items',
        headers: { ...headers, 'content-type': 'text/plain' },
        payload: 'hello',
      });
      expect(text.statusCode).toBe(415);
      expect(text.json().error.code).toBe('unsupported_media_type');
      const huge = await app.inject({
        method: 'POST',
        url: '/api/items',
        headers: { ...headers, 'content-type': 'application/json' },
        payload: JSON.stringify({
          id: randomUUID(),
          type: 'note',
          ciphertext: `am1:abc:${'A'.repeat(3_000_000)}`,
        }),
      });
      expect(huge.statusCode).toBe(413);
      expect(huge.json().error.code).toBe('payload_too_large');
    });

    it('answers an unknown route with a 404 in the same error shape', async () => {
      const call = await newUser().call('GET', '/api/nothing-here');
      expect(call.status).toBe(404);
      expect(errorCode(call)).toBe('not_found');
    });

    it('leaves no half-written state when a write is refused', async () => {
      const user = newUser();
      await user.signup();
      const item = (await user.createItem()).body as { id: string };
      const before = (await user.call('GET', '/api/changes')).body as { cursor: number };
      await user.call('PUT', `/api/items/${item.id}`, { version: 9, ciphertext: sealed() });
      await user.call('POST', '/api/items', { id: item.id, type: 'note', ciphertext: sealed() });
      const next = (await user.createItem()).body as { id: string };
      const changes = (await user.call('GET', `/api/changes?since=${before.cursor}`)).body as {
        changes: { id: string; seq: number }[];
      };
      expect(changes.changes.map((c) => c.id)).toEqual([next.id]);
      expect(changes.changes[0]!.seq).toBe(before.cursor + 1);
    });
  });
});
