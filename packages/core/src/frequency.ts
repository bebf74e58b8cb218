// How often a change-plan action is meant to happen. Kept apart from the plan so the progress maths
// and the catalogue's suggestions share one list.

/** How often an action repeats. */
export const FREQUENCIES = ['once', 'daily', 'weekly', 'fortnightly', 'monthly'] as const;
/** How often an action repeats. */
export type Frequency = (typeof FREQUENCIES)[number];

/** Words for a frequency, e.g. `FREQUENCY_LABELS.fortnightly` → 'Every two weeks'. */
export const FREQUENCY_LABELS: Readonly<Record<Frequency, string>> = {
  once: 'Once',
  daily: 'Every day',
  weekly: 'Every week',
  fortnightly: 'Every two weeks',
  monthly: 'Every month',
};
