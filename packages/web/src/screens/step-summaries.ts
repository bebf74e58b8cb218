import type { StepKey } from '@amends/core';

/** One line per step for the home screen, in the product's words; the steps' content comes later. */
export const STEP_SUMMARIES: Record<StepKey, string> = {
  why: 'An honest look at why you want another chance, and at your own part in what went wrong.',
  space: 'Space for them. Their signals decide what happens next, and a stop means stop.',
  apology: 'An apology without excuses: what you did, how it affected them, and what you are doing about it.',
  change: 'Evidence of change: concrete, dated steps you have taken since the breakup.',
  reassurance: 'How you would rebuild trust, with check-ins every two weeks, if they want that.',
  request: 'One respectful request, made once, with every answer accepted.',
};
