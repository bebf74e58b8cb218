// A change plan turns one behaviour into concrete, repeatable actions. Ticks are the user's own record
// of doing them, dated, so progress can be computed for any `now` rather than stored and drifting.
import { array, decodeWith, isoDate, object, oneOf, refine, text, type InvalidValueError } from './decode';
import { FREQUENCIES, type Frequency } from './frequency';
import type { Result } from './result';

/** One concrete action and the dates it was done. */
export interface ChangeAction {
  /** Stable within the plan; the caller generates it (core has no randomness). */
  readonly id: string;
  readonly text: string;
  readonly frequency: Frequency;
  /** When the user took this on (YYYY-MM-DD); progress counts periods from here. */
  readonly startedOn: string;
  /** Dates it was done (YYYY-MM-DD), one per day at most. */
  readonly ticks: readonly string[];
}

/** The decrypted value of a 'change-plan' item, one per behaviour. */
export interface ChangePlan {
  /** The id of the 'behaviour' item this plan answers. */
  readonly behaviourId: string;
  readonly actions: readonly ChangeAction[];
}

const actionDecoder = object({
  id: text({ min: 1, max: 100 }),
  text: text({ min: 1, max: 2_000 }),
  frequency: oneOf(FREQUENCIES),
  startedOn: isoDate,
  ticks: array(isoDate, { max: 10_000 }),
});

const planDecoder = refine(
  object({ behaviourId: text({ min: 1, max: 200 }), actions: array(actionDecoder, { max: 100 }) }),
  (plan, path) => {
    const ids = plan.actions.map((action) => action.id);
    return new Set(ids).size === ids.length
      ? undefined
      : { path: `${path}.actions`, message: 'action ids must be unique' };
  },
);

/** Checks a decrypted 'change-plan' value. */
export function parseChangePlan(input: unknown): Result<ChangePlan, InvalidValueError> {
  return decodeWith(planDecoder, 'change-plan', input);
}

/** Records that an action was done on a date; ticking the same day twice changes nothing. */
export function tickAction(plan: ChangePlan, actionId: string, on: string): ChangePlan {
  return mapAction(plan, actionId, (action) =>
    action.ticks.includes(on) ? action : { ...action, ticks: [...action.ticks, on].sort() },
  );
}

/** Removes a tick recorded by mistake. */
export function untickAction(plan: ChangePlan, actionId: string, on: string): ChangePlan {
  return mapAction(plan, actionId, (action) => ({
    ...action,
    ticks: action.ticks.filter((tick) => tick !== on),
  }));
}

/** Takes an action out of the plan, with its history; an unknown id changes nothing. */
export function removeAction(plan: ChangePlan, actionId: string): ChangePlan {
  return { ...plan, actions: plan.actions.filter((action) => action.id !== actionId) };
}

/** True when the plan has at least one action, which is what step 1 asks for. */
export function hasActions(plan: ChangePlan): boolean {
  return plan.actions.length > 0;
}

function mapAction(
  plan: ChangePlan,
  actionId: string,
  change: (action: ChangeAction) => ChangeAction,
): ChangePlan {
  return {
    ...plan,
    actions: plan.actions.map((action) => (action.id === actionId ? change(action) : action)),
  };
}
