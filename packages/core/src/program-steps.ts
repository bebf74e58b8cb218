// The six steps for the home screen: which one the user is on and what each allows. Steps 3–6 get
// their content in later work, but their gates belong with the outreach rules: delivering the apology
// and making the request need outreach to be 'open', and a safety risk removes every step that moves
// toward the other person while keeping the self-work.
import { noContactCounter } from './no-contact';
import { activeWaits, outreachState, unansweredStops, type OutreachState } from './outreach-state';
import type { ProgramInput } from './program-input';
import { SAFETY_RESOURCES, type SafetyResource } from './safety-resources';
import { safetyScreen } from './safety-screen';
import { stepOneStatus } from './step-one';

/** The six steps, by number. */
export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6;
/** done: finished; current: where the user is; available: can be worked on now; locked: not now, see reasons. */
export type StepStatus = 'done' | 'current' | 'available' | 'locked';

/** The steps' keys and titles, as data for every screen. */
export const STEPS = [
  { step: 1, key: 'why', title: 'Why do you want another chance?' },
  { step: 2, key: 'space', title: 'Give them space' },
  { step: 3, key: 'apology', title: 'Apologise sincerely' },
  { step: 4, key: 'change', title: 'Show the change' },
  { step: 5, key: 'reassurance', title: 'Offer reassurance' },
  { step: 6, key: 'request', title: 'Ask respectfully' },
] as const satisfies readonly { step: StepNumber; key: string; title: string }[];

/** A step's key, e.g. 'space'. */
export type StepKey = (typeof STEPS)[number]['key'];

/** One step on the home screen. */
export interface StepOverview {
  readonly step: StepNumber;
  readonly key: StepKey;
  readonly title: string;
  readonly status: StepStatus;
  /** Why it is locked, what is missing, or what it does not yet allow. */
  readonly reasons: readonly string[];
}

/** Completion of the steps whose content arrives later; the caller reads it from their items. */
export interface LaterStepsDone {
  readonly apology?: boolean;
  readonly change?: boolean;
  readonly reassurance?: boolean;
  readonly request?: boolean;
}

/** What the program offers overall: the full method, safety instead, or moving forward after a stop. */
export type ProgramMode = 'reconciliation' | 'safety' | 'moving-forward';

/** Everything the home screen needs in one value. */
export interface ProgramPlan {
  readonly mode: ProgramMode;
  readonly needsOnboarding: boolean;
  readonly currentStep: StepNumber;
  readonly steps: readonly StepOverview[];
  readonly outreach: OutreachState;
  /** Non-empty in 'safety' mode. */
  readonly safetyResources: readonly SafetyResource[];
}

/** True when the apology may be delivered (it may always be drafted once step 1 is done). */
export function canDeliverApology(state: OutreachState): boolean {
  return state.state === 'open';
}

/** True when the request may be made. */
export function canMakeRequest(state: OutreachState): boolean {
  return state.state === 'open';
}

const SAFETY_LOCK =
  'Because of the safety screen, the program does not guide steps toward the other person. Your own self-work stays open to you.';

/** The home screen's plan, e.g. `programPlan(input, now).currentStep` → 2. */
export function programPlan(input: ProgramInput, now: Date, later: LaterStepsDone = {}): ProgramPlan {
  const outreach = outreachState(input, now);
  const risk = input.onboarding ? safetyScreen(input.onboarding).risk : false;
  const stepOne = stepOneStatus(input);
  const stopped = unansweredStops(input.signals).length > 0;

  const spaceGaps: string[] = [];
  if (!input.noContact) spaceGaps.push('Set a no-contact period.');
  else if (!noContactCounter(input.noContact, now).finished)
    spaceGaps.push('Your no-contact period is still running.');
  if (activeWaits(input.signals, now).length > 0)
    spaceGaps.push('A wait signal from them is still in force.');
  if (stopped) spaceGaps.push('They have asked for distance; space is the whole of this step now.');

  const needStepOne = stepOne.done
    ? []
    : ['Finish step 1 first: this step builds on your behaviours and change plans.'];

  type Draft = { status: 'done' | 'open' | 'locked'; reasons: string[] };
  const drafts: Record<StepKey, Draft> = {
    why: { status: stepOne.done ? 'done' : 'open', reasons: stepOne.gaps.map((gap) => gap.reason) },
    space: { status: spaceGaps.length === 0 ? 'done' : 'open', reasons: spaceGaps },
    apology: risk
      ? { status: 'locked', reasons: [SAFETY_LOCK] }
      : needStepOne.length > 0
        ? { status: 'locked', reasons: needStepOne }
        : {
            status: later.apology ? 'done' : 'open',
            reasons: canDeliverApology(outreach)
              ? []
              : [
                  'Delivering your apology waits until outreach is open. Until then, your behaviours and their impact in step 1 are where it starts.',
                ],
          },
    change:
      needStepOne.length > 0
        ? { status: 'locked', reasons: needStepOne }
        : { status: later.change ? 'done' : 'open', reasons: [] },
    reassurance: risk
      ? { status: 'locked', reasons: [SAFETY_LOCK] }
      : stopped
        ? {
            status: 'locked',
            reasons: ['Outreach is closed, so there is nothing to plan with them for now.'],
          }
        : needStepOne.length > 0
          ? { status: 'locked', reasons: needStepOne }
          : { status: later.reassurance ? 'done' : 'open', reasons: [] },
    request: risk
      ? { status: 'locked', reasons: [SAFETY_LOCK] }
      : !canMakeRequest(outreach)
        ? { status: 'locked', reasons: [`Outreach is ${outreach.state}.`, ...outreach.reasons] }
        : !later.apology
          ? { status: 'locked', reasons: ['Apologise first; the request comes after the apology.'] }
          : { status: later.request ? 'done' : 'open', reasons: [] },
  };

  const current = STEPS.find((s) => drafts[s.key].status === 'open')?.step ?? lastUnlocked(drafts);
  const steps = STEPS.map(({ step, key, title }): StepOverview => {
    const draft = drafts[key];
    const status: StepStatus =
      draft.status === 'open' ? (step === current ? 'current' : 'available') : draft.status;
    return { step, key, title, status, reasons: draft.reasons };
  });

  return {
    mode: risk ? 'safety' : stopped ? 'moving-forward' : 'reconciliation',
    needsOnboarding: !input.onboarding,
    currentStep: current,
    steps,
    outreach,
    safetyResources: risk ? SAFETY_RESOURCES : [],
  };
}

function lastUnlocked(drafts: Record<StepKey, { status: string }>): StepNumber {
  const unlocked = STEPS.filter((s) => drafts[s.key].status !== 'locked');
  return unlocked[unlocked.length - 1]?.step ?? 1;
}

/** Every step with its status, for the home screen. */
export function stepsOverview(
  input: ProgramInput,
  now: Date,
  later: LaterStepsDone = {},
): readonly StepOverview[] {
  return programPlan(input, now, later).steps;
}

/** The step the user is on, e.g. 1 until the motives check and a change plan are done. */
export function currentStep(input: ProgramInput, now: Date, later: LaterStepsDone = {}): StepNumber {
  return programPlan(input, now, later).currentStep;
}
