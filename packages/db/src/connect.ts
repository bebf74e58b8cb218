import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { startCheckpointer } from './checkpointer.js';
import { ItemWriter, useItemWriter } from './item-writer.js';
import { compileItemWriteStatements, writeInTransaction } from './item-writes.js';
import { withStatementCache } from './statement-cache.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseConfig {
  /** A postgres:// URL switches storage to PostgreSQL; otherwise SQLite in `dataDir`. */
  url?: string | undefined;
  dataDir: string;
  /** PostgreSQL schema to use (tests give each run its own). */
  pgSchema?: string | undefined;
}

export interface Connection {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where the data is, for `amends status`; a PostgreSQL URL is shown without its password. */
  location: string;
  /** PostgreSQL only: the schema this connection works in (its search_path). */
  schema?: string;
  close(): Promise<void>;
}

/** Whether a URL selects PostgreSQL. */
export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/** Opens the configured database; the caller runs migrations. */
export async function connect(config: DatabaseConfig): Promise<Connection> {
  if (isPostgresUrl(config.url)) return connectPostgres(config.url, config.pgSchema);
  return connectSqlite(config.dataDir);
}

function connectSqlite(dataDir: string): Connection {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'amends.sqlite');
  const sqlite = new BetterSqlite3(file);
  // WAL lets readers run beside the writer; FULL makes a committed write survive power loss.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Checkpoints (copying the WAL into the database file, with its fsync) run on a worker thread.
  sqlite.pragma('wal_autocheckpoint = 0');
  const checkpointer = startCheckpointer(file, () => sqlite.pragma('wal_autocheckpoint = 1000'));
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  // Item writes (and their commits' fsyncs) run on a thread of their own; see item-writer.ts.
  const writer = new ItemWriter(file, compileItemWriteStatements(db), (op) => writeInTransaction(db, op));
  useItemWriter(db, writer);
  const close = async () => {
    await writer.stop();
    await checkpointer.stop();
    await db.destroy();
  };
  return { db, kind: 'sqlite', location: file, close };
}

async function connectPostgres(url: string, schema: string | undefined): Promise<Connection> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`Bad schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  const safe = new URL(url);
  safe.password = '';
  return {
    db,
    kind: 'postgres',
    location: safe.toString(),
    schema: schema ?? 'public',
    close: () => db.destroy(),
  };
}
