import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, placeholderAccount, type TestDatabase } from '../../../test/support/databases.js';
import { insertAccount } from './accounts.repo.js';
import { connect } from './connect.js';
import { createItem, getItem, listChanges, updateItem } from './items.repo.js';

// Writes that arrive together share one SQLite transaction on the writer thread; each must still
// succeed or fail alone.
describe('the SQLite item writer', () => {
  let database: TestDatabase;
  const now = '2026-03-01T10:00:00.000Z';

  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    const { migrateToLatest } = await import('./migrate.js');
    await migrateToLatest(database.connection.db);
    await insertAccount(database.connection.db, placeholderAccount('acct', 'batch', now));
  });
  afterAll(async () => database.drop());

  it('keeps each write all-or-nothing and the change sequence gap-free when some are refused', async () => {
    const db = database.connection.db;
    const first = await createItem(
      db,
      'acct',
      { id: randomUUID(), type: 'note', ciphertext: 'am1:a:b' },
      now,
    );
    if (!first.ok) throw new Error('setup failed');
    const taken = first.item.id;
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () =>
        createItem(db, 'acct', { id: randomUUID(), type: 'note', ciphertext: 'am1:a:b' }, now),
      ),
      createItem(db, 'acct', { id: taken, type: 'note', ciphertext: 'am1:dup:dup' }, now),
      updateItem(db, 'acct', { id: taken, expectedVersion: 7, ciphertext: 'am1:stale:stale' }, now),
      updateItem(db, 'acct', { id: taken, expectedVersion: 1, ciphertext: 'am1:new:new' }, now),
      ...Array.from({ length: 10 }, () =>
        createItem(db, 'acct', { id: randomUUID(), type: 'note', ciphertext: 'am1:a:b' }, now),
      ),
    ]);
    const refusals = results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.reason));
    expect(refusals.sort()).toEqual(['item_exists', 'version_conflict']);
    const changes = await listChanges(db, 'acct', 0, 100);
    expect(changes.map((c) => Number(c.seq))).toEqual(
      Array.from({ length: changes.length }, (_, i) => i + 2),
    );
    expect(changes).toHaveLength(21);
    const updated = changes.find((c) => c.id === taken);
    expect(updated).toMatchObject({ version: 2, ciphertext: 'am1:new:new' });
  });

  it('answers a write only once it is committed, so the next read on the app connection sees it', async () => {
    const db = database.connection.db;
    for (let i = 0; i < 20; i++) {
      const id = randomUUID();
      const written = await createItem(db, 'acct', { id, type: 'note', ciphertext: `am1:${i}:x` }, now);
      expect(written.ok).toBe(true);
      expect(await getItem(db, 'acct', id)).toMatchObject({ id, ciphertext: `am1:${i}:x` });
    }
  });

  it('finishes the writes already asked for before the connection closes', async () => {
    const second = await connect({ dataDir: database.dataDir });
    const ids = Array.from({ length: 30 }, () => randomUUID());
    const writes = ids.map((id) =>
      createItem(second.db, 'acct', { id, type: 'note', ciphertext: 'am1:late:x' }, now),
    );
    await second.close();
    expect((await Promise.all(writes)).every((w) => w.ok)).toBe(true);
    for (const id of ids) expect(await getItem(database.connection.db, 'acct', id)).toBeDefined();
  });

  it('refuses a write for an account that does not exist, and keeps the others in its batch', async () => {
    const db = database.connection.db;
    const results = await Promise.allSettled([
      createItem(db, 'acct', { id: randomUUID(), type: 'note', ciphertext: 'am1:a:b' }, now),
      createItem(db, 'nobody', { id: randomUUID(), type: 'note', ciphertext: 'am1:a:b' }, now),
      createItem(db, 'acct', { id: randomUUID(), type: 'note', ciphertext: 'am1:a:b' }, now),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
