import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';

type Work<T> = (trx: Transaction<Database>) => Promise<T>;

interface Job {
  work: Work<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Group commit for SQLite. With synchronous=FULL every commit waits for the disk; writes that
 * arrive together are run in one transaction instead, each inside its own savepoint so one write
 * can still fail or be refused alone, and all of them wait for the one shared commit.
 */
class WriteBatcher {
  private queue: Job[] = [];
  private scheduled = false;

  constructor(private readonly db: Kysely<Database>) {}

  run<T>(work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work: work as Work<unknown>, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // Let the requests already read off the sockets join this batch.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const jobs = this.queue;
    this.queue = [];
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const job of jobs) {
          await sql`savepoint batched_write`.execute(trx);
          try {
            outcomes.push({ ok: true, value: await job.work(trx) });
            await sql`release savepoint batched_write`.execute(trx);
          } catch (error) {
            await sql`rollback to savepoint batched_write`.execute(trx);
            await sql`release savepoint batched_write`.execute(trx);
            outcomes.push({ ok: false, value: error });
          }
        }
      });
      jobs.forEach((job, i) => {
        const outcome = outcomes[i]!;
        if (outcome.ok) job.resolve(outcome.value);
        else job.reject(outcome.value);
      });
    } catch (error) {
      // The commit itself failed: nothing in the batch was written.
      for (const job of jobs) job.reject(error);
    } finally {
      this.scheduled = false;
      if (this.queue.length > 0) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    }
  }
}

const batchers = new WeakMap<Kysely<Database>, WriteBatcher>();

/** Turns on group commit for a database handle (SQLite; PostgreSQL groups commits itself). */
export function enableGroupCommit(db: Kysely<Database>): void {
  batchers.set(db, new WriteBatcher(db));
}

/**
 * Runs `work` in a transaction: its own on PostgreSQL, a shared one on SQLite. Either way it is
 * all or nothing, and a thrown error rolls back only this work.
 */
export function transact<T>(db: Kysely<Database>, work: Work<T>): Promise<T> {
  const batcher = batchers.get(db);
  return batcher ? batcher.run(work) : db.transaction().execute(work);
}
