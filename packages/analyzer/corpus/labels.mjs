// The labels a corpus line may carry, shared by the corpus scripts (check.mjs, append-train.mjs).
// They follow ANALYZER.md; the analyzer's own lists are in src/types.ts.
export const CATEGORIES = [
  'vague',
  'conditional',
  'excuse',
  'blame',
  'minimizing',
  'self_focus',
  'demand',
  'pressure',
  'arguing',
  'criticism',
  'contempt',
  'defensiveness',
  'stonewalling',
  'crisis',
  'threat',
];
export const COMPONENTS = ['regret', 'responsibility', 'specific', 'impact', 'change', 'repair', 'autonomy'];
export const KINDS = ['apology', 'request', 'message'];
