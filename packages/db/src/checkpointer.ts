import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the background connection copies committed WAL frames into the database file. */
const CHECKPOINT_EVERY_MS = 100;

// The worker is source text, not a file, so the bundled CLI needs nothing beside its one file.
// It opens its own connection to the same database and runs PASSIVE checkpoints, which never wait
// for or block the app's connection; synchronous=FULL here makes each checkpoint fsync like the app.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('synchronous = FULL');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Stops the worker and closes its connection; call before closing the app's connection. */
  stop(): Promise<void>;
}

/**
 * SQLite in WAL mode normally checkpoints inside whichever commit pushes the WAL past 1000 pages:
 * that commit then copies pages into the database file and fsyncs it, on the event loop, while
 * every other request waits (commits took up to 9–15 ms under write load; BENCHMARKS.md). The app's
 * connection turns automatic checkpoints off and this worker thread does them instead.
 */
export function startCheckpointer(file: string, onStopped: () => void): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver, everyMs: CHECKPOINT_EVERY_MS },
  });
  // A failed checkpoint loses nothing (the frames stay in the WAL); the next one tries again.
  worker.on('message', (message: { error?: string }) => {
    if (message.error) process.emitWarning(`SQLite checkpoint failed: ${message.error}`);
  });
  worker.on('error', (error) => process.emitWarning(`SQLite checkpointer stopped: ${String(error)}`));
  worker.unref();
  let stopping = false;
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      // Stopped by anything but stop(): the app's connection must checkpoint for itself again.
      if (!stopping) onStopped();
      resolve();
    }),
  );
  return {
    async stop() {
      stopping = true;
      // Unreferenced, the worker would not keep the process alive until it has closed.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
