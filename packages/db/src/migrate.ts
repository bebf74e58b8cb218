import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/001-initial.js';

// Migrations live in code (not a folder scan) so the bundled CLI carries them.
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
};

/** How many migrations this build knows; `amends status` and /healthz report it. */
export const SCHEMA_VERSION = Object.keys(MIGRATIONS).length;

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

// Naming the schema matters on PostgreSQL: without it Kysely looks for its bookkeeping tables in
// every schema, and another database user's (or test run's) tables would count as ours.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
const migrator = (db: Kysely<any>, schema: string | undefined) =>
  new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });

/**
 * Brings the schema up to date. Kysely's migrator takes a lock, so several app servers starting
 * on one PostgreSQL at once migrate exactly once.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<void> {
  const { error } = await migrator(db, schema).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** The number of migrations applied to this database. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
export async function appliedSchemaVersion(db: Kysely<any>, schema?: string): Promise<number> {
  const migrations = await migrator(db, schema).getMigrations();
  return migrations.filter((m) => m.executedAt !== undefined).length;
}
