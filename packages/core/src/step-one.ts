// Whether step 1 ("why") is finished: an honest motives check that did not say "not now", and at
// least one behaviour owned with a concrete plan to change it. Both the outreach rules and the step
// overview read this, so it lives on its own.
import { hasActions } from './change-plan';
import { latestMotivesAttempt } from './motives-check';
import { scoreMotives, type MotivesScore } from './motives-scoring';
import type { ProgramInput } from './program-input';

/** What is missing from step 1, each with a stable code and words for the user. */
export interface StepOneGap {
  readonly code: 'motives-missing' | 'motives-not-now' | 'no-change-plan';
  readonly reason: string;
}

/** Step 1's state: done when nothing is missing. */
export interface StepOneStatus {
  readonly done: boolean;
  readonly gaps: readonly StepOneGap[];
  /** The latest motives result, when the check has been taken. */
  readonly motives?: MotivesScore;
  /** How many behaviours have a plan with at least one action. */
  readonly plannedBehaviours: number;
}

/** Reads step 1 from the program input, e.g. `stepOneStatus(input).done`. */
export function stepOneStatus(
  input: Pick<ProgramInput, 'motives' | 'behaviours' | 'changePlans'>,
): StepOneStatus {
  const gaps: StepOneGap[] = [];
  const attempt = input.motives ? latestMotivesAttempt(input.motives) : undefined;
  const motives = attempt ? scoreMotives(attempt) : undefined;
  if (!motives) {
    gaps.push({ code: 'motives-missing', reason: 'Step 1: take the motives check first.' });
  } else if (motives.result === 'not-now') {
    gaps.push({
      code: 'motives-not-now',
      reason:
        'Step 1: your latest motives check said "not now — work on yourself first". Take it again when you are ready.',
    });
  }
  const behaviourIds = new Set(input.behaviours.map((behaviour) => behaviour.id));
  const planned = new Set(
    input.changePlans
      .filter((plan) => behaviourIds.has(plan.behaviourId) && hasActions(plan))
      .map((p) => p.behaviourId),
  );
  if (planned.size === 0) {
    gaps.push({
      code: 'no-change-plan',
      reason:
        'Step 1: name at least one of your behaviours and give it a change plan with a concrete action.',
    });
  }
  return { done: gaps.length === 0, gaps, ...(motives ? { motives } : {}), plannedBehaviours: planned.size };
}
