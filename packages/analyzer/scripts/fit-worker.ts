// A worker thread of fit-pool.ts: fits the jobs it is sent, one at a time, and sends back the reads.
import { parentPort } from 'node:worker_threads';
import { crossFit } from './fit.js';
import { unpack, type FitAnswer, type PackedJob } from './fit-pool.js';

const port = parentPort;
if (port === null) throw new Error('fit-worker.ts runs only as a worker thread');
port.on('message', ({ index, packed }: { index: number; packed: PackedJob }) => {
  let answer: FitAnswer;
  try {
    const job = unpack(packed);
    answer = { index, reads: crossFit(job.data, job.folds, job.size, job.count) };
  } catch (e) {
    answer = { index, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(answer);
});
