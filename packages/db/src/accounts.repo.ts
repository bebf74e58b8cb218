import type { Kysely, Selectable } from 'kysely';
import type { AccountsTable, Database } from './schema.js';

export type AccountRow = Selectable<AccountsTable>;

export type NewAccount = Omit<AccountRow, 'change_seq' | 'updated_at'>;

/** Inserts an account; false when the username is taken (checked by the unique index, not a race-prone read). */
export async function insertAccount(db: Kysely<Database>, account: NewAccount): Promise<boolean> {
  const inserted = await db
    .insertInto('accounts')
    .values({ ...account, change_seq: 0, updated_at: account.created_at })
    .onConflict((oc) => oc.column('username').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function findAccountByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findAccountById(db: Kysely<Database>, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export type KeyUpdate = Partial<
  Pick<
    AccountRow,
    | 'salt'
    | 'kdf'
    | 'verifier_hash'
    | 'wrapped_items_key'
    | 'recovery_wrapped_items_key'
    | 'recovery_verifier_hash'
  >
>;

/** Replaces key material (passphrase change, recovery, new recovery key). */
export async function updateAccountKeys(
  db: Kysely<Database>,
  id: string,
  update: KeyUpdate,
  now: string,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ ...update, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** Removes the account and everything in it, in one transaction. */
export async function deleteAccount(db: Kysely<Database>, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('items').where('account_id', '=', id).execute();
    await trx.deleteFrom('sessions').where('account_id', '=', id).execute();
    await trx.deleteFrom('accounts').where('id', '=', id).execute();
  });
}
