import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Reads a value shared by every app server, creating it once if missing. Servers racing at
 * first start all end up with the first writer's value.
 */
export async function getOrCreateMeta(
  db: Kysely<Database>,
  key: string,
  create: () => string,
): Promise<string> {
  await db
    .insertInto('meta')
    .values({ key, value: create() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}
