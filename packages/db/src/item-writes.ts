import type { Kysely, Selectable, Transaction } from 'kysely';
import { queryTemplate, type QueryTemplate } from './prepared-query.js';
import type { Database, ItemsTable } from './schema.js';

export type ItemRow = Selectable<ItemsTable>;

export type ItemWrite =
  { ok: true; item: ItemRow } | { ok: false; reason: 'not_found' | 'version_conflict' | 'item_exists' };

/** One item write, as data: SQLite's writer thread receives these (a closure cannot cross threads). */
export type ItemWriteOp =
  | { kind: 'create'; accountId: string; id: string; type: string; ciphertext: string; now: string }
  | {
      kind: 'change';
      accountId: string;
      id: string;
      expectedVersion: number;
      /** null with deleted = 1: a tombstone. */
      ciphertext: string | null;
      deleted: 0 | 1;
      now: string;
    };

/**
 * The statements of an item write. Both paths run these same queries: PostgreSQL through Kysely in
 * a transaction (`writeInTransaction`), SQLite on the writer thread from their compiled SQL
 * (`compileItemWriteStatements`, item-writer.ts).
 */
const statements = {
  /** Hands out the account's next change sequence; the row lock serialises one account's writes. */
  nextSeq: (db: Kysely<Database>, a: { accountId: string }) =>
    db
      .updateTable('accounts')
      .set((eb) => ({ change_seq: eb('change_seq', '+', 1) }))
      .where('id', '=', a.accountId)
      .returning('change_seq'),
  insert: (
    db: Kysely<Database>,
    a: { accountId: string; id: string; type: string; ciphertext: string; now: string; seq: number },
  ) =>
    db
      .insertInto('items')
      .values({
        account_id: a.accountId,
        id: a.id,
        type: a.type,
        version: 1,
        seq: a.seq,
        created_at: a.now,
        updated_at: a.now,
        deleted: 0,
        ciphertext: a.ciphertext,
      })
      .onConflict((oc) => oc.columns(['account_id', 'id']).doNothing())
      .returningAll(),
  /** Compare-and-set on the version: matches nothing when the item is gone or the version stale. */
  change: (
    db: Kysely<Database>,
    a: {
      accountId: string;
      id: string;
      expectedVersion: number;
      ciphertext: string | null;
      deleted: number;
      now: string;
      seq: number;
    },
  ) =>
    db
      .updateTable('items')
      .set((eb) => ({
        ciphertext: a.ciphertext,
        deleted: a.deleted,
        updated_at: a.now,
        version: eb('version', '+', 1),
        seq: a.seq,
      }))
      .where('account_id', '=', a.accountId)
      .where('id', '=', a.id)
      .where('deleted', '=', 0)
      .where('version', '=', a.expectedVersion)
      .returningAll(),
  live: (db: Kysely<Database>, a: { accountId: string; id: string }) =>
    db
      .selectFrom('items')
      .select('id')
      .where('account_id', '=', a.accountId)
      .where('id', '=', a.id)
      .where('deleted', '=', 0),
};

export type StatementName = keyof typeof statements;

/**
 * Compiles every statement once with markers for its arguments (prepared-query.ts), so the writer
 * thread can bind real values by name.
 */
export function compileItemWriteStatements(db: Kysely<Database>): Record<StatementName, QueryTemplate> {
  return {
    nextSeq: queryTemplate(db, statements.nextSeq),
    insert: queryTemplate(db, statements.insert),
    change: queryTemplate(db, statements.change),
    live: queryTemplate(db, statements.live),
  };
}

/** Thrown inside a write's transaction to roll it back (the sequence bump too); returned as a value. */
class WriteRefused extends Error {
  constructor(readonly reason: 'not_found' | 'version_conflict' | 'item_exists') {
    super(reason);
  }
}

async function write(trx: Transaction<Database>, op: ItemWriteOp): Promise<ItemRow> {
  const { change_seq } = await statements.nextSeq(trx, op).executeTakeFirstOrThrow();
  const seq = Number(change_seq);
  if (op.kind === 'create') {
    const item = await statements.insert(trx, { ...op, seq }).executeTakeFirst();
    if (item) return item;
    throw new WriteRefused('item_exists');
  }
  const item = await statements.change(trx, { ...op, seq }).executeTakeFirst();
  if (item) return item;
  const exists = await statements.live(trx, op).executeTakeFirst();
  throw new WriteRefused(exists ? 'version_conflict' : 'not_found');
}

/** One write in its own transaction: all or nothing, refused writes change nothing. */
export async function writeInTransaction(db: Kysely<Database>, op: ItemWriteOp): Promise<ItemWrite> {
  try {
    return { ok: true, item: await db.transaction().execute((trx) => write(trx, op)) };
  } catch (error: unknown) {
    if (error instanceof WriteRefused) return { ok: false, reason: error.reason };
    throw error;
  }
}
