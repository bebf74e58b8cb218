// Which pair of thresholds a category's model ships with (train-models.ts `choose`): a pure choice
// over the pairs already scored, kept apart so that its rules are tested on their own. pickPair
// reads the reserved writers alone; pickByKeptBack, for a category with kept-back sets that choose
// thresholds, lets those sets decide among the pairs the reserved writers cannot tell apart.

/** A pair of thresholds as scored: add the label from `add`, keep the rules' reading from `keep`. */
export interface ScoredPair {
  add: number;
  keep: number;
  /** Cross-validated F1 on the reserved writers with the model at this pair. */
  f1: number;
  /** The reserved writers' clean messages this pair flags for the label. */
  alarms: number;
  /** F1 on the label's kept-back sets that choose thresholds (pickByKeptBack); none without such sets. */
  keptBack?: number;
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

/** How far pickByKeptBack may stray from the reserved writers' choice, and how sticky it is. */
export interface KeptBackReach {
  /** Pairs whose F1 is within this of the best are candidates (wider than pickPair's band). */
  band: number;
  /** pickPair's band: the fewest clean messages any pair in it flags is the floor for `slack`. */
  nearBest: number;
  /** A candidate may flag at most this many more of the reserved writers' clean messages than that floor. */
  slack: number;
  /** The committed pair stays while its kept-back F1 is within this of the best candidate's. */
  stick: number;
}

/**
 * The pair that reads the kept-back sets that choose thresholds best (their F1 in `keptBack`), among
 * those the reserved writers cannot tell apart from the best (within `band` of its F1) and that cost
 * their clean messages no more than `slack` beyond the fewest a pair within `nearBest` flags. The
 * committed pair stays while it is a candidate within `stick` of the best kept-back F1; ties go to
 * fewer clean messages flagged, then to the higher F1. Pairs without a kept-back F1 are never taken.
 */
export function pickByKeptBack(
  pairs: readonly ScoredPair[],
  reach: KeptBackReach,
  committed: { add: number; keep: number } | null,
): ScoredPair {
  const scored = pairs.filter((x) => x.keptBack !== undefined);
  if (scored.length === 0) throw new Error('pickByKeptBack needs pairs scored on the kept-back sets');
  const best = Math.max(...scored.map((x) => x.f1));
  const floor = Math.min(...scored.filter((x) => x.f1 >= best - reach.nearBest).map((x) => x.alarms));
  const candidates = scored.filter((x) => x.f1 >= best - reach.band && x.alarms <= floor + reach.slack);
  const top = Math.max(...candidates.map((x) => x.keptBack!));
  const kept =
    committed &&
    candidates.find(
      (x) => x.add === committed.add && x.keep === committed.keep && x.keptBack! >= top - reach.stick,
    );
  return (
    kept ||
    [...candidates].sort((a, b) => b.keptBack! - a.keptBack! || a.alarms - b.alarms || b.f1 - a.f1)[0]!
  );
}
