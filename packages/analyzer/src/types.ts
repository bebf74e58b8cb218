// The public contract from ANALYZER.md: findings are values with exact UTF-16 spans.

/** What kind of draft is being reviewed; some rules only make sense for one kind. */
export type Kind = 'apology' | 'request' | 'message';

export const KINDS: readonly Kind[] = ['apology', 'request', 'message'];

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
] as const;

export type Category = (typeof CATEGORIES)[number];

export const COMPONENTS = [
  'regret',
  'responsibility',
  'specific',
  'impact',
  'change',
  'repair',
  'autonomy',
] as const;

export type Component = (typeof COMPONENTS)[number];

export const SEVERITIES = ['info', 'warning', 'danger'] as const;

export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  category: Category;
  ruleId: string;
  severity: Severity;
  /** UTF-16 offset of the first code unit of the span. */
  start: number;
  /** UTF-16 offset just past the span; text.slice(start, end) is what the rule means. */
  end: number;
  message: string;
  suggestion?: string;
}

export interface Analysis {
  findings: Finding[];
  components: Component[];
}

export interface AnalyzeOptions {
  kind?: Kind;
}
