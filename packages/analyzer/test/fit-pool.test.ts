// Training's fits in worker threads: the same models as fitting in the training process itself,
// whatever the number of threads, so the committed models stay reproducible on any machine.
import { describe, expect, it } from 'vitest';
import { crossFitAll, pack, unpack, type FitJob } from '../scripts/fit-pool.js';
import { crossFit, type Data } from '../scripts/fit.js';

/** A small made-up label: feature 0 marks it, 1 to 5 are noise, 6 to 8 are sentence features. */
function job(seed: number, messages = 120): FitJob {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
  const data: Data[] = Array.from({ length: messages }, (_, i) => {
    const y = i % 4 === 0;
    const f = Int32Array.from([...(y || next(10) === 0 ? [0] : []), 1 + next(5), 1 + next(5)]);
    const s = [Int32Array.from([6 + next(3)]), Int32Array.from([6 + next(3), 6 + next(3)])];
    const alone = { context: Int32Array.from([1]), sentences: i % 3 === 0 ? s : [] };
    return { f, s: i % 2 === 0 ? s : [], alone, y };
  });
  return { data, folds: data.map((_, i) => i % 5), size: 9, count: 5 };
}

describe('fitting in worker threads', () => {
  it('packs a job into one buffer and unpacks the same messages', () => {
    const original = job(7);
    const back = unpack(pack(original));
    expect(back.folds).toEqual(original.folds);
    expect([back.size, back.count]).toEqual([original.size, original.count]);
    back.data.forEach((x, i) => {
      const o = original.data[i]!;
      expect(x.y).toBe(o.y);
      expect([...x.f]).toEqual([...o.f]);
      expect(x.s.map((a) => [...a])).toEqual(o.s.map((a) => [...a]));
      expect([...x.alone.context]).toEqual([...o.alone.context]);
      expect(x.alone.sentences.map((a) => [...a])).toEqual(o.alone.sentences.map((a) => [...a]));
    });
  });

  it('gives every job the fits it gets in this thread, in the jobs’ order', async () => {
    const jobs = [1, 2, 3, 4, 5].map((seed) => job(seed));
    const here = jobs.map((j) => crossFit(j.data, j.folds, j.size, j.count));
    const threaded = await crossFitAll(jobs.map(pack), 2);
    expect(threaded).toHaveLength(jobs.length);
    threaded.forEach((reads, i) => {
      expect([...reads.outOfFold]).toEqual([...here[i]!.outOfFold]);
      expect([...reads.aloneOutOfFold]).toEqual([...here[i]!.aloneOutOfFold]);
      expect([...reads.whole.w]).toEqual([...here[i]!.whole.w]);
      expect(reads.whole.b).toBe(here[i]!.whole.b);
    });
    // The made-up label is learnable: its marking feature gets the largest weight.
    expect(Math.max(...here[0]!.whole.w)).toBe(here[0]!.whole.w[0]);
  });

  it('runs in this thread when given one', async () => {
    const jobs = [job(9)];
    const [reads] = await crossFitAll(jobs.map(pack), 1);
    expect([...reads!.whole.w]).toEqual([...crossFit(jobs[0]!.data, jobs[0]!.folds, 9, 5).whole.w]);
  });
});
