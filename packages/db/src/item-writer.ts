import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { ItemWrite, ItemWriteOp, StatementName } from './item-writes.js';
import type { QueryTemplate } from './prepared-query.js';

// The thread's code is source text, not a file, so the bundled CLI needs nothing beside its one file.
// It runs what writeInTransaction (item-writes.ts) runs, from the same compiled SQL: per write, bump
// the account's change sequence, then insert or compare-and-set; a refusal rolls back to the write's
// savepoint, so it changes nothing while the rest of the batch commits.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
const compiled = workerData.statements;
const prepared = {};
function run(name, args) {
  // Prepared on first use: the tables exist only once the app has migrated.
  prepared[name] ??= db.prepare(compiled[name].sql);
  return prepared[name].get(compiled[name].params.map((p) => ('arg' in p ? args[p.arg] : p.value)));
}
class Refused {
  constructor(reason) {
    this.reason = reason;
  }
}
function write(op) {
  const bumped = run('nextSeq', op);
  if (!bumped) throw new Error('no such account');
  const args = { ...op, seq: bumped.change_seq };
  if (op.kind === 'create') {
    const item = run('insert', args);
    if (item) return item;
    throw new Refused('item_exists');
  }
  const item = run('change', args);
  if (item) return item;
  throw new Refused(run('live', args) ? 'version_conflict' : 'not_found');
}
const message = (error) => String((error && error.message) || error);
// better-sqlite3's transaction functions keep their BEGIN, SAVEPOINT, RELEASE and ROLLBACK
// statements prepared. Called inside another, one runs in a savepoint: a throw rolls back only it.
const writeOne = db.transaction(write);
const writeBatch = db.transaction((batch) =>
  batch.map((op) => {
    try {
      return { ok: true, item: writeOne(op) };
    } catch (error) {
      return error instanceof Refused ? { ok: false, reason: error.reason } : { error: message(error) };
    }
  }),
);
parentPort.on('message', (batch) => {
  if (batch === 'stop') {
    db.close();
    parentPort.close();
    return;
  }
  let results;
  try {
    results = writeBatch.immediate(batch);
  } catch (error) {
    // The commit itself failed: nothing in the batch was written.
    parentPort.postMessage({ failed: message(error) });
    return;
  }
  parentPort.postMessage({ results });
});
`;

type Outcome = ItemWrite | { error: string };
type Reply = { results: Outcome[] } | { failed: string };

interface Job {
  op: ItemWriteOp;
  resolve(value: ItemWrite): void;
  reject(error: unknown): void;
}

/**
 * Item writes on SQLite run on a worker thread with its own connection, so their statements and the
 * commit's fsync (synchronous=FULL) never hold up the event loop. Writes that arrive while a batch is
 * on the thread go together in the next one: one transaction and one fsync, each write in its own
 * savepoint. The answer is sent only after the commit, so a read that follows sees the write.
 */
export class ItemWriter {
  private readonly worker: Worker;
  private queue: Job[] = [];
  private inFlight: Job[] | undefined;
  private stopped = false;
  private readonly exited: Promise<void>;
  private drained: (() => void) | undefined;

  constructor(
    file: string,
    statements: Record<StatementName, QueryTemplate>,
    /** Runs a write on the app's own connection, once the thread has stopped for any reason. */
    private readonly fallback: (op: ItemWriteOp) => Promise<ItemWrite>,
  ) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, statements } });
    this.worker.on('message', (reply: Reply) => this.answer(reply));
    this.worker.on('error', (error) => process.emitWarning(`SQLite item writer stopped: ${String(error)}`));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', () => {
        this.stopped = true;
        const lost = [...(this.inFlight ?? []), ...this.queue];
        this.inFlight = undefined;
        this.queue = [];
        // Whatever the thread had not answered was not committed (a commit is answered at once).
        for (const job of lost) job.reject(new Error('The SQLite item writer stopped.'));
        this.drained?.();
        resolve();
      }),
    );
    this.worker.unref();
  }

  run(op: ItemWriteOp): Promise<ItemWrite> {
    if (this.stopped) return this.fallback(op);
    return new Promise((resolve, reject) => {
      this.queue.push({ op, resolve, reject });
      if (!this.inFlight) this.send();
    });
  }

  /** Waits for the writes already asked for, then stops the thread and closes its connection. */
  async stop(): Promise<void> {
    if (!this.stopped && (this.inFlight || this.queue.length > 0))
      await new Promise<void>((resolve) => (this.drained = resolve));
    this.stopped = true;
    this.worker.ref();
    this.worker.postMessage('stop');
    await this.exited;
  }

  private send(): void {
    const batch = this.queue;
    this.queue = [];
    this.inFlight = batch;
    // While a batch is out, its callers' promises must keep the process alive.
    this.worker.ref();
    this.worker.postMessage(batch.map((job) => job.op));
  }

  private answer(reply: Reply): void {
    const batch = this.inFlight ?? [];
    this.inFlight = undefined;
    batch.forEach((job, i) => {
      if ('failed' in reply) return job.reject(new Error(reply.failed));
      const outcome = reply.results[i];
      if (!outcome) job.reject(new Error('The SQLite item writer gave no answer.'));
      else if ('error' in outcome) job.reject(new Error(outcome.error));
      else job.resolve(outcome);
    });
    if (this.queue.length > 0) this.send();
    else {
      this.worker.unref();
      this.drained?.();
    }
  }
}

const writers = new WeakMap<Kysely<Database>, ItemWriter>();

/** Routes a database handle's item writes through a writer thread (SQLite). */
export function useItemWriter(db: Kysely<Database>, writer: ItemWriter): void {
  writers.set(db, writer);
}

/** The handle's writer thread, if it has one. */
export function itemWriterOf(db: Kysely<Database>): ItemWriter | undefined {
  return writers.get(db);
}
