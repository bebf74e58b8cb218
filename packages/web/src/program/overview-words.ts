// What each home step card says beyond its title: its own reasons without repeating the outreach
// panel, and where it leads.
import type { OutreachState, ProgramMode, StepOverview } from '@amends/core';
import { PROGRAM_PATHS, type ProgramPath } from './paths';

/** Steps whose cards show the outreach state: each one moves toward the other person. */
export const TOWARD_CONTACT: readonly number[] = [3, 4, 5, 6];

/** Drops the "Step 1: " lead-in (the card already names its step) and repeats of the outreach reasons. */
export function cardReasons(step: StepOverview, outreach: OutreachState): string[] {
  const shown = new Set(TOWARD_CONTACT.includes(step.step) ? outreach.reasons : []);
  return step.reasons
    .filter((reason) => !shown.has(reason) && !/^Outreach is [a-z-]+\.$/.test(reason))
    .map((reason) => reason.replace(/^Step \d: /, ''))
    .map((reason) => reason.charAt(0).toUpperCase() + reason.slice(1));
}

/** The screen a card links to, if any; under a safety risk, no step toward them is offered. */
export function cardLink(
  step: StepOverview,
  mode: ProgramMode,
): { path: ProgramPath; text: string } | undefined {
  switch (step.step) {
    case 1:
      return { path: PROGRAM_PATHS.why, text: 'Go to step 1' };
    case 2:
      return { path: PROGRAM_PATHS.space, text: 'Go to step 2' };
    case 3:
      return mode === 'safety' ? undefined : { path: PROGRAM_PATHS.apology, text: 'See step 3' };
    case 6:
      return mode === 'safety' ? undefined : { path: PROGRAM_PATHS.request, text: 'See step 6' };
    default:
      return undefined;
  }
}

/** Outreach words for reasons inside a card, without the "Step N:" lead-in. */
export function outreachReasons(outreach: OutreachState): string[] {
  return outreach.reasons
    .map((reason) => reason.replace(/^Step \d: /, ''))
    .map((r) => r.charAt(0).toUpperCase() + r.slice(1));
}
