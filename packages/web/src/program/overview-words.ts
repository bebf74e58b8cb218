// What each home step card says beyond its title: its own reasons without repeating the outreach
// panel, the outreach state in one line pointing to that panel, and where it leads.
import type { OutreachState, ProgramMode, StepOverview } from '@amends/core';
import { PROGRAM_PATHS, type ProgramPath } from './paths';
import { readableDates } from './reason-dates';
import { outreachHeadline } from './words';

/** Steps whose cards show the outreach state: each one moves toward the other person. */
export const TOWARD_CONTACT: readonly number[] = [3, 4, 5, 6];

/**
 * Drops the "Step 1: " lead-in (the card already names its step) and repeats of the outreach reasons,
 * and writes dates as the UI does.
 */
export function cardReasons(step: StepOverview, outreach: OutreachState): string[] {
  const shown = new Set(TOWARD_CONTACT.includes(step.step) ? outreach.reasons : []);
  return step.reasons
    .filter((reason) => !shown.has(reason) && !/^Outreach is [a-z-]+\.$/.test(reason))
    .map((reason) => readableDates(reason.replace(/^Step \d: /, '')))
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

/**
 * A card's one line on outreach: the state, and words for the link to home's outreach panel.
 * @example cardOutreachLine(closed, 'moving-forward').pointer === 'see why above'
 */
export function cardOutreachLine(
  outreach: OutreachState,
  mode: ProgramMode,
): { state: string; pointer: string } {
  return {
    state: outreachHeadline(outreach, mode),
    pointer: outreach.state === 'open' ? 'see what that means above' : 'see why above',
  };
}
