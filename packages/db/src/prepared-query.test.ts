import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATABASE_KINDS,
  freshDatabase,
  placeholderAccount,
  type TestDatabase,
} from '../../../test/support/databases.js';
import { insertAccount } from './accounts.repo.js';
import { migrateToLatest } from './migrate.js';
import { preparedQuery, queryTemplate } from './prepared-query.js';

describe.each(DATABASE_KINDS)('queries compiled once on %s', (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    await migrateToLatest(database.connection.db, database.pgSchema);
    for (const [id, username] of [
      ['a1', 'ada'],
      ['a2', 'bo'],
    ])
      await insertAccount(
        database.connection.db,
        placeholderAccount(id!, username!, '2026-03-01T10:00:00.000Z'),
      );
  });
  afterAll(async () => database.drop());

  it('names each argument and keeps constants', () => {
    const template = queryTemplate(database.connection.db, (db, a: { id: string; name: string }) =>
      db
        .selectFrom('accounts')
        .select('id')
        .where('id', '=', a.id)
        .where('change_seq', '>=', 0)
        .where('username', '=', a.name),
    );
    expect(template.params).toEqual([{ arg: 'id' }, { value: 0 }, { arg: 'name' }]);
  });

  it('binds new values on every call and answers as the built query does', async () => {
    const db = database.connection.db;
    const byName = preparedQuery((db, a: { name: string }) =>
      db.selectFrom('accounts').selectAll().where('username', '=', a.name),
    );
    for (const name of ['ada', 'bo', 'nobody', 'ada'])
      expect(await byName(db, { name })).toEqual(
        await db.selectFrom('accounts').selectAll().where('username', '=', name).execute(),
      );
  });
});
