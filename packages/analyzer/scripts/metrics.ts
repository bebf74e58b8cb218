// Precision, recall and F1 over labelled messages, per label and micro-averaged.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Score from counts; an empty denominator counts as perfect (nothing to find, nothing wrongly found). */
export function score(c: Counts): Score {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Add one decision to counts: a hit, a false alarm, a miss, or nothing (both absent). */
export function count(c: Counts, expected: boolean, predicted: boolean): void {
  if (expected && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (expected) c.fn++;
}

/** Count per-label agreement between expected and predicted label sets, plus the micro total. */
export function tally(
  labels: readonly string[],
  pairs: readonly { expected: readonly string[]; predicted: readonly string[] }[],
): { per: Map<string, Counts>; micro: Counts } {
  const per = new Map<string, Counts>(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const { expected, predicted } of pairs) {
    for (const label of labels) {
      const e = expected.includes(label);
      const p = predicted.includes(label);
      count(per.get(label)!, e, p);
      count(micro, e, p);
    }
  }
  return { per, micro };
}
