import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Connection, type DatabaseKind } from '@amends/db';

/** The real PostgreSQL every machine here runs; each test run makes its own schema. */
export const POSTGRES_URL = process.env.AMENDS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const DATABASE_KINDS: DatabaseKind[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  connection: Connection;
  /** Where the data lives: the SQLite folder, or the PostgreSQL schema. */
  dataDir: string;
  pgSchema: string | undefined;
  drop(): Promise<void>;
}

/** A fresh, empty database of the given kind that no other run can see. */
export async function freshDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'amends-test-'));
  const pgSchema = kind === 'postgres' ? `amends_test_${randomBytes(6).toString('hex')}` : undefined;
  const connection = await connect({
    url: kind === 'postgres' ? POSTGRES_URL : undefined,
    dataDir,
    pgSchema,
  });
  return {
    connection,
    dataDir,
    pgSchema,
    async drop() {
      await connection.close();
      if (pgSchema) {
        const client = new pg.Client({ connectionString: POSTGRES_URL });
        await client.connect();
        await client.query(`drop schema if exists ${pgSchema} cascade`);
        await client.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The columns of an account row with placeholder key material, for repository tests that only need
 * an account to hang items on (the server never reads these values; crypto is tested elsewhere).
 */
export function placeholderAccount(id: string, username: string, createdAt: string) {
  return {
    id,
    username,
    salt: 's',
    kdf: '{}',
    verifier_hash: 'h',
    wrapped_items_key: 'w',
    recovery_wrapped_items_key: 'r',
    recovery_verifier_hash: 'h',
    created_at: createdAt,
  };
}
