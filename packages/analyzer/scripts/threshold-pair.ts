// Which pair of thresholds a category's model ships with (train-models.ts `choose`): a pure choice
// over the pairs already scored, kept apart so that its rule is tested on its own.

/** A pair of thresholds as scored: add the label from `add`, keep the rules' reading from `keep`. */
export interface ScoredPair {
  add: number;
  keep: number;
  /** Cross-validated F1 on the reserved writers with the model at this pair. */
  f1: number;
  /** The reserved writers' clean messages this pair flags for the label. */
  alarms: number;
}

/**
 * The best F1 and, among pairs within `nearBest` of it, the committed pair while it is one of them
 * (STICKY: pairs that close are a tie, and breaking it afresh on every retrain moved the kept-back
 * sets by dozens of messages on changes the reserved writers did not see); otherwise the pair that
 * flags the fewest clean messages, then the higher F1, then the first scored.
 */
export function pickPair(
  pairs: readonly ScoredPair[],
  nearBest: number,
  committed: { add: number; keep: number } | null,
): ScoredPair {
  if (pairs.length === 0) throw new Error('pickPair needs at least one scored pair');
  const best = Math.max(...pairs.map((x) => x.f1));
  const near = pairs.filter((x) => x.f1 >= best - nearBest);
  const kept = committed && near.find((x) => x.add === committed.add && x.keep === committed.keep);
  return kept || [...near].sort((a, b) => a.alarms - b.alarms || b.f1 - a.f1)[0]!;
}
