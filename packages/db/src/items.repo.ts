import type { Kysely } from 'kysely';
import { itemWriterOf } from './item-writer.js';
import { preparedQuery } from './prepared-query.js';
import { writeInTransaction, type ItemRow, type ItemWrite, type ItemWriteOp } from './item-writes.js';
import type { Database } from './schema.js';

export type { ItemRow, ItemWrite } from './item-writes.js';

/** SQLite: on the writer thread, batched with others. PostgreSQL: a transaction of its own. */
function runWrite(db: Kysely<Database>, op: ItemWriteOp): Promise<ItemWrite> {
  const writer = itemWriterOf(db);
  return writer ? writer.run(op) : writeInTransaction(db, op);
}

export interface ListOptions {
  type?: string | undefined;
  limit: number;
  /** The last id of the previous page. */
  afterId?: string | undefined;
}

/** Live items of one account, ordered by id, one page. */
export async function listItems(
  db: Kysely<Database>,
  accountId: string,
  options: ListOptions,
): Promise<ItemRow[]> {
  let query = db.selectFrom('items').selectAll().where('account_id', '=', accountId).where('deleted', '=', 0);
  if (options.type !== undefined) query = query.where('type', '=', options.type);
  if (options.afterId !== undefined) query = query.where('id', '>', options.afterId);
  return query.orderBy('id').limit(options.limit).execute();
}

// The item read route runs only this, so it is compiled once (prepared-query.ts).
const liveItem = preparedQuery((db, a: { accountId: string; id: string }) =>
  db
    .selectFrom('items')
    .selectAll()
    .where('account_id', '=', a.accountId)
    .where('id', '=', a.id)
    .where('deleted', '=', 0),
);

export async function getItem(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<ItemRow | undefined> {
  return (await liveItem(db, { accountId, id }))[0];
}

export async function createItem(
  db: Kysely<Database>,
  accountId: string,
  input: { id: string; type: string; ciphertext: string },
  now: string,
): Promise<ItemWrite> {
  return runWrite(db, { kind: 'create', accountId, ...input, now });
}

/** Compare-and-set on the version: a stale writer changes nothing and learns why. */
export async function updateItem(
  db: Kysely<Database>,
  accountId: string,
  input: { id: string; expectedVersion: number; ciphertext: string },
  now: string,
): Promise<ItemWrite> {
  return runWrite(db, { kind: 'change', accountId, ...input, deleted: 0, now });
}

/** Deletes by leaving a tombstone (no ciphertext), so syncing devices learn of it. */
export async function deleteItem(
  db: Kysely<Database>,
  accountId: string,
  input: { id: string; expectedVersion: number },
  now: string,
): Promise<ItemWrite> {
  return runWrite(db, { kind: 'change', accountId, ...input, ciphertext: null, deleted: 1, now });
}

/** Everything that changed after `since`, oldest first, tombstones included. */
export async function listChanges(
  db: Kysely<Database>,
  accountId: string,
  since: number,
  limit: number,
): Promise<ItemRow[]> {
  return db
    .selectFrom('items')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('seq', '>', since)
    .orderBy('seq')
    .limit(limit)
    .execute();
}
