import type { FastifyInstance } from 'fastify';
import { connect } from '@amends/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/index.js';
import { fakeKey, TestUser } from './api-client.js';
import { freshDatabase, POSTGRES_URL, type TestDatabase } from '../../../test/support/databases.js';

// Hosted deployments run several app servers on one PostgreSQL: nothing that matters may live in
// one server's memory. Two servers, two connection pools, one schema.
describe('two app servers sharing one PostgreSQL', () => {
  let database: TestDatabase;
  let a: FastifyInstance;
  let b: FastifyInstance;
  let closeSecond: () => Promise<void>;

  beforeAll(async () => {
    database = await freshDatabase('postgres');
    const second = await connect({
      url: POSTGRES_URL,
      dataDir: database.dataDir,
      pgSchema: database.pgSchema,
    });
    closeSecond = second.close;
    [a, b] = await Promise.all([
      buildServer({ connection: database.connection, log: false }),
      buildServer({ connection: second, log: false }),
    ]);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await closeSecond();
    await database.drop();
  });

  it('shares sessions, items, fake salts and rate limits', async () => {
    const onA = new TestUser(a, 'shared-user');
    expect((await onA.signup()).status).toBe(201);
    const item = (await onA.createItem()).body as { id: string };

    const onB = new TestUser(b, 'shared-user', onA.verifier);
    onB.cookie = onA.cookie;
    onB.csrf = onA.csrf;
    expect((await onB.call('GET', `/api/items/${item.id}`)).status).toBe(200);
    expect(
      (await onB.call('PUT', `/api/items/${item.id}`, { version: 1, ciphertext: 'am1:abcd:efgh' })).status,
    ).toBe(200);

    const probeA = await onA.call('POST', '/api/auth/params', { username: 'no-such-person' });
    const probeB = await onB.call('POST', '/api/auth/params', { username: 'no-such-person' });
    expect(probeA.body).toEqual(probeB.body);

    const attacker = (app: FastifyInstance) => new TestUser(app, 'shared-user');
    for (let i = 0; i < 5; i++) await attacker(a).login(fakeKey());
    for (let i = 0; i < 5; i++) await attacker(b).login(fakeKey());
    expect((await attacker(a).login(onA.verifier)).status).toBe(429);
    expect((await attacker(b).login(onA.verifier)).status).toBe(429);

    expect((await onB.call('POST', '/api/auth/logout')).status).toBe(204);
    expect((await onA.call('GET', '/api/auth/session')).status).toBe(401);
  });
});
