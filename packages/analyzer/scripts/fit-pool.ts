// Training fits 22 labels' models, six fits each, and each label is independent of the others: they
// run in worker threads side by side, one per core. A fit is the same arithmetic on the same numbers
// in any thread, so the models are the same whatever the number of threads (fit-pool.test.ts).
// A label's messages go to its worker packed into one array whose memory is handed over, not copied.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { crossFit, type Data, type FoldReads } from './fit.js';

/** One label's fitting: its messages as features, each message's fold, and the feature count. */
export interface FitJob {
  data: readonly Data[];
  folds: readonly number[];
  size: number;
  /** How many folds there are. */
  count: number;
}

/** What crosses to a worker: a job's messages packed into one buffer. */
export interface PackedJob {
  ints: Int32Array<ArrayBuffer>;
  messages: number;
  size: number;
  count: number;
}

/**
 * Each message as [y, fold, |f|, f…, |s|, (|x|, x…) for each sentence, |context|, context…,
 * |alone sentences|, (|x|, x…) for each], one after another.
 */
export function pack(job: FitJob): PackedJob {
  const lists = (xs: readonly Int32Array[]): number => xs.reduce((n, x) => n + 1 + x.length, 1);
  let length = 0;
  for (const x of job.data)
    length += 3 + x.f.length + lists(x.s) + 1 + x.alone.context.length + lists(x.alone.sentences);
  const ints = new Int32Array(length);
  let at = 0;
  const put = (xs: ArrayLike<number>): void => {
    ints[at++] = xs.length;
    ints.set(xs, at);
    at += xs.length;
  };
  const putLists = (xs: readonly Int32Array[]): void => {
    ints[at++] = xs.length;
    for (const x of xs) put(x);
  };
  job.data.forEach((x, i) => {
    ints[at++] = x.y ? 1 : 0;
    ints[at++] = job.folds[i]!;
    put(x.f);
    putLists(x.s);
    put(x.alone.context);
    putLists(x.alone.sentences);
  });
  return { ints, messages: job.data.length, size: job.size, count: job.count };
}

/** The job again, its arrays views into the packed buffer. */
export function unpack(packed: PackedJob): FitJob {
  const { ints } = packed;
  let at = 0;
  const take = (): Int32Array => {
    const n = ints[at++]!;
    at += n;
    return ints.subarray(at - n, at);
  };
  const takeLists = (): Int32Array[] => Array.from({ length: ints[at++]! }, take);
  const data: Data[] = [];
  const folds: number[] = [];
  for (let m = 0; m < packed.messages; m++) {
    const y = ints[at++] === 1;
    folds.push(ints[at++]!);
    const f = take();
    const s = takeLists();
    const context = take();
    data.push({ f, s, y, alone: { context, sentences: takeLists() } });
  }
  return { data, folds, size: packed.size, count: packed.count };
}

/** What a worker sends back for a job: its fold reads, or why it failed. */
export type FitAnswer = { index: number; reads: FoldReads } | { index: number; error: string };

/**
 * Fit every job, `threads` at a time (one per core by default); the answers in the jobs' order.
 * With one thread the jobs run here, in this thread. The jobs come packed: training packs each as
 * soon as it is encoded, so 42 models' messages wait in one buffer a job, outside the heap, instead
 * of as millions of small arrays in it. A job's buffer is handed to its worker, so each job can be
 * fitted once.
 */
export async function crossFitAll(
  jobs: readonly PackedJob[],
  threads = availableParallelism(),
): Promise<FoldReads[]> {
  if (threads <= 1 || jobs.length <= 1)
    return jobs.map(unpack).map((j) => crossFit(j.data, j.folds, j.size, j.count));
  const answers: FoldReads[] = new Array<FoldReads>(jobs.length);
  let next = 0;
  const runOne = async (): Promise<void> => {
    // The worker is TypeScript: a small module registers the loader in it and imports it.
    const worker = new Worker(new URL('./fit-worker-boot.mjs', import.meta.url), {
      workerData: { entry: new URL('./fit-worker.ts', import.meta.url).href },
    });
    try {
      while (next < jobs.length) {
        const index = next++;
        const packed = jobs[index]!;
        answers[index] = await new Promise<FoldReads>((resolve, reject) => {
          const onError = (e: Error): void => reject(e);
          // A worker that dies without an error (out of memory, say) must not leave training waiting.
          const onExit = (code: number): void => reject(new Error(`fit worker stopped (exit code ${code})`));
          worker.once('error', onError);
          worker.once('exit', onExit);
          worker.once('message', (answer: FitAnswer) => {
            worker.off('error', onError);
            worker.off('exit', onExit);
            if ('error' in answer) reject(new Error(`fitting job ${index}: ${answer.error}`));
            else resolve(answer.reads);
          });
          worker.postMessage({ index, packed }, [packed.ints.buffer]);
        });
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(threads, jobs.length) }, runOne));
  return answers;
}
