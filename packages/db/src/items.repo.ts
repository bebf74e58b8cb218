import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, ItemsTable } from './schema.js';
import { transact } from './write-batch.js';

export type ItemRow = Selectable<ItemsTable>;

export type ItemWrite =
  { ok: true; item: ItemRow } | { ok: false; reason: 'not_found' | 'version_conflict' | 'item_exists' };

/** Hands out the account's next change sequence; the row lock serialises one account's writes. */
async function nextSeq(trx: Transaction<Database>, accountId: string): Promise<number> {
  const row = await trx
    .updateTable('accounts')
    .set((eb) => ({ change_seq: eb('change_seq', '+', 1) }))
    .where('id', '=', accountId)
    .returning('change_seq')
    .executeTakeFirstOrThrow();
  return Number(row.change_seq);
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

export async function getItem(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<ItemRow | undefined> {
  return db
    .selectFrom('items')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
}

export async function createItem(
  db: Kysely<Database>,
  accountId: string,
  input: { id: string; type: string; ciphertext: string },
  now: string,
): Promise<ItemWrite> {
  return refusalsAsValues(() =>
    transact(db, async (trx): Promise<ItemWrite> => {
      const seq = await nextSeq(trx, accountId);
      const item = await trx
        .insertInto('items')
        .values({
          account_id: accountId,
          id: input.id,
          type: input.type,
          version: 1,
          seq,
          created_at: now,
          updated_at: now,
          deleted: 0,
          ciphertext: input.ciphertext,
        })
        .onConflict((oc) => oc.columns(['account_id', 'id']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (item) return { ok: true, item };
      throw new WriteRefused('item_exists');
    }),
  );
}

/** Compare-and-set on the version: a stale writer changes nothing and learns why. */
export async function updateItem(
  db: Kysely<Database>,
  accountId: string,
  input: { id: string; expectedVersion: number; ciphertext: string },
  now: string,
): Promise<ItemWrite> {
  return writeIfVersion(db, accountId, input, { ciphertext: input.ciphertext, updated_at: now });
}

/** Deletes by leaving a tombstone (no ciphertext), so syncing devices learn of it. */
export async function deleteItem(
  db: Kysely<Database>,
  accountId: string,
  input: { id: string; expectedVersion: number },
  now: string,
): Promise<ItemWrite> {
  return writeIfVersion(db, accountId, input, { ciphertext: null, deleted: 1, updated_at: now });
}

async function writeIfVersion(
  db: Kysely<Database>,
  accountId: string,
  target: { id: string; expectedVersion: number },
  changes: { ciphertext: string | null; updated_at: string; deleted?: number },
): Promise<ItemWrite> {
  return refusalsAsValues(() =>
    transact(db, async (trx): Promise<ItemWrite> => {
      const seq = await nextSeq(trx, accountId);
      const item = await trx
        .updateTable('items')
        .set((eb) => ({ ...changes, version: eb('version', '+', 1), seq }))
        .where('account_id', '=', accountId)
        .where('id', '=', target.id)
        .where('deleted', '=', 0)
        .where('version', '=', target.expectedVersion)
        .returningAll()
        .executeTakeFirst();
      if (item) return { ok: true, item };
      const exists = await getItem(trx, accountId, target.id);
      // Throwing rolls back the sequence bump: nothing changed, so nothing may look changed.
      throw new WriteRefused(exists ? 'version_conflict' : 'not_found');
    }),
  );
}

/** A refused write throws inside its transaction (rolling back the sequence bump) and returns as a value. */
async function refusalsAsValues(write: () => Promise<ItemWrite>): Promise<ItemWrite> {
  try {
    return await write();
  } catch (error: unknown) {
    if (error instanceof WriteRefused) return { ok: false, reason: error.reason };
    throw error;
  }
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

class WriteRefused extends Error {
  constructor(readonly reason: 'not_found' | 'version_conflict' | 'item_exists') {
    super(reason);
  }
}
