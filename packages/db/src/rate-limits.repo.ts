import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface Window {
  count: number;
  windowStart: string;
}

/**
 * Counts one hit on `key` in a fixed window, atomically in the database so that every app server
 * sharing it sees the same count.
 */
export async function hitRateLimit(
  db: Kysely<Database>,
  key: string,
  windowMs: number,
  now: Date,
): Promise<Window> {
  const nowIso = now.toISOString();
  const cutoff = new Date(now.getTime() - windowMs).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: nowIso, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when rate_limits.window_start <= ${cutoff} then 1 else rate_limits.count + 1 end`,
        window_start: sql<string>`case when rate_limits.window_start <= ${cutoff} then excluded.window_start else rate_limits.window_start end`,
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), windowStart: row.window_start };
}

/** The current window's count without counting a hit. */
export async function peekRateLimit(
  db: Kysely<Database>,
  key: string,
  windowMs: number,
  now: Date,
): Promise<Window> {
  const row = await db.selectFrom('rate_limits').selectAll().where('key', '=', key).executeTakeFirst();
  const cutoff = new Date(now.getTime() - windowMs).toISOString();
  if (!row || row.window_start <= cutoff) return { count: 0, windowStart: now.toISOString() };
  return { count: Number(row.count), windowStart: row.window_start };
}

export async function clearRateLimit(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

/** Drops windows that ended before `cutoff`, so the table holds only live counters. */
export async function deleteStaleRateLimits(db: Kysely<Database>, cutoff: string): Promise<number> {
  const result = await db.deleteFrom('rate_limits').where('window_start', '<=', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
