// The one-line answer to "where am I?", shaped exactly as `amends status --json` prints it, so the CLI
// and any script read the same fields the web app shows.
import type { ProgramInput } from './program-input';
import { programPlan, type LaterStepsDone, type StepNumber } from './program-steps';
import type { OutreachStateName } from './outreach-state';

/** The current step and the outreach state with its reasons. */
export interface ProgramStatus {
  readonly step: StepNumber;
  readonly outreach: {
    readonly state: OutreachStateName;
    readonly reasons: readonly string[];
    readonly until?: string;
  };
}

/** The status summary, e.g. `{ step: 2, outreach: { state: 'waiting', reasons: [...], until: '2025-03-31' } }`. */
export function programStatus(input: ProgramInput, now: Date, later: LaterStepsDone = {}): ProgramStatus {
  const plan = programPlan(input, now, later);
  const { state, reasons, until } = plan.outreach;
  return { step: plan.currentStep, outreach: { state, reasons, ...(until !== undefined ? { until } : {}) } };
}
