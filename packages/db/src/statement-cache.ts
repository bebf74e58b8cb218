import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely's SQLite driver prepares every query afresh; preparing took 13–18% of the server's time
 * per item request (BENCHMARKS.md). Statements depend only on their SQL text, and better-sqlite3
 * runs each one to completion synchronously, so one prepared statement per text can be reused.
 * The cache is bounded so ad-hoc SQL cannot grow it without limit.
 */
export function withStatementCache(database: SqliteDatabase, limit = 256): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached) {
        // Re-insert to keep the map in least-recently-used order.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > limit) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}
