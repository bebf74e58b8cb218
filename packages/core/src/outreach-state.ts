// The outreach state: whether the program allows moving toward contact, computed from the items and
// `now` alone so the web app, the CLI and any test agree.
//
// Precedence is closed > waiting > not-yet > open. Closed comes first because it is a "no" from them
// (or a safety risk) and no amount of waiting or work changes it. Waiting outranks not-yet because it
// has a date the user cannot shorten, while not-yet is work they can do meanwhile; the not-yet reasons
// are still listed so the user sees everything that stands between them and "open".
//
// A slip (the user made contact anyway) is ignored by these rules on purpose: it can never open
// anything, and it does not restart the no-contact period by itself — restarting is the user's own
// decision, offered by the screens, so that logging a slip honestly is never punished.
import { addDays, dateOf, isStrictlyAfter, laterDate, toIsoDate } from './dates';
import { noContactCounter } from './no-contact';
import type { ProgramInput } from './program-input';
import { safetyScreen } from './safety-screen';
import type { Signal } from './signal';
import { SIGNAL_KIND_INFO, signalGroup } from './signal-kinds';
import { stepOneStatus } from './step-one';

/** The four outreach states. */
export type OutreachStateName = 'not-yet' | 'waiting' | 'open' | 'closed';

/** A stable code for each thing that can stand in the way of outreach. */
export type BlockerCode =
  | 'safety-risk'
  | 'stop-signal'
  | 'wait-signal'
  | 'no-contact-running'
  | 'unreadable-items'
  | 'onboarding-missing'
  | 'motives-missing'
  | 'motives-not-now'
  | 'no-change-plan'
  | 'no-contact-missing';

/** One thing standing in the way, with words for the user and, for waits, the date it ends. */
export interface Blocker {
  readonly code: BlockerCode;
  readonly reason: string;
  readonly until?: string;
}

/** The outreach state with every reason, in plain words. */
export interface OutreachState {
  readonly state: OutreachStateName;
  readonly reasons: readonly string[];
  /** For 'waiting': the date (YYYY-MM-DD) the last active wait ends. */
  readonly until?: string;
  readonly blockers: readonly Blocker[];
}

/** How long a wait signal without an until-date pauses outreach. */
export const DEFAULT_WAIT_DAYS = 30;

const CLOSED_CODES: readonly BlockerCode[] = ['safety-risk', 'stop-signal'];
const WAITING_CODES: readonly BlockerCode[] = ['wait-signal', 'no-contact-running'];

/** The date a wait signal ends: its until-date, or DEFAULT_WAIT_DAYS after it when none was set. */
export function waitEndsOn(signal: Signal): string {
  return signal.until ?? addDays(dateOf(signal.at), DEFAULT_WAIT_DAYS);
}

/** Stop signals that no later open signal from them has answered; any one of them closes outreach. */
export function unansweredStops(signals: readonly Signal[]): Signal[] {
  const opens = signals.filter((signal) => signalGroup(signal.kind) === 'open');
  return signals.filter(
    (signal) =>
      signalGroup(signal.kind) === 'stop' && !opens.some((open) => isStrictlyAfter(open.at, signal.at)),
  );
}

/** Wait signals still in force on `now`'s date. A later open signal does not cut a wait short. */
export function activeWaits(signals: readonly Signal[], now: Date): Signal[] {
  const today = toIsoDate(now);
  return signals.filter((signal) => signalGroup(signal.kind) === 'wait' && today < waitEndsOn(signal));
}

/** Computes the outreach state, e.g. `outreachState(input, new Date()).state` → 'waiting'. */
export function outreachState(input: ProgramInput, now: Date): OutreachState {
  if (input.onboarding) {
    const screen = safetyScreen(input.onboarding);
    // Nothing else is listed: no step or signal can change this, and to-dos would suggest a way to contact.
    if (screen.risk) {
      return build([
        {
          code: 'safety-risk',
          reason:
            'Your answers to the safety questions show a risk of harm, so outreach stays closed. The program offers safety resources and self-work instead.',
        },
        ...screen.reasons.map((reason) => ({ code: 'safety-risk' as const, reason })),
      ]);
    }
  }

  const blockers: Blocker[] = [];
  for (const stop of unansweredStops(input.signals)) {
    blockers.push({
      code: 'stop-signal',
      reason: `${dateOf(stop.at)}: ${lowerFirst(SIGNAL_KIND_INFO[stop.kind].label)}. Outreach stays closed unless they reach out to you first.`,
    });
  }

  for (const wait of activeWaits(input.signals, now)) {
    const until = waitEndsOn(wait);
    const what = `${dateOf(wait.at)}: ${lowerFirst(SIGNAL_KIND_INFO[wait.kind].label)}.`;
    blockers.push({
      code: 'wait-signal',
      reason:
        wait.until === undefined
          ? `${what} No date was set, so the program waits ${DEFAULT_WAIT_DAYS} days, until ${until}.`
          : `${what} Outreach waits until ${until}.`,
      until,
    });
  }

  if (input.noContact) {
    const counter = noContactCounter(input.noContact, now);
    if (!counter.finished) {
      blockers.push({
        code: 'no-contact-running',
        reason: `Your no-contact period runs until ${counter.endsOn} (${counter.daysRemaining} ${counter.daysRemaining === 1 ? 'day' : 'days'} left).`,
        until: counter.endsOn,
      });
    }
  }

  const unreadable = (input.unreadable ?? []).filter((p) => p.type === 'signal' || p.type === 'onboarding');
  if (unreadable.length > 0) {
    blockers.push({
      code: 'unreadable-items',
      reason: `${unreadable.length} of your records (signals or onboarding) could not be read. Outreach stays paused until they are fixed or recorded again.`,
    });
  }
  if (!input.onboarding) {
    blockers.push({
      code: 'onboarding-missing',
      reason: 'Finish onboarding first, including the safety questions.',
    });
  }
  for (const gap of stepOneStatus(input).gaps) blockers.push(gap);
  if (!input.noContact) {
    blockers.push({ code: 'no-contact-missing', reason: 'Step 2: set a no-contact period first.' });
  }

  return build(blockers);
}

function build(blockers: readonly Blocker[]): OutreachState {
  const reasons = blockers.map((blocker) => blocker.reason);
  if (blockers.some((b) => CLOSED_CODES.includes(b.code))) return { state: 'closed', reasons, blockers };
  const waits = blockers.filter((b) => WAITING_CODES.includes(b.code));
  if (waits.length > 0) {
    const until = waits.reduce((latest, b) => laterDate(latest, b.until ?? latest), waits[0]?.until ?? '');
    return { state: 'waiting', reasons, until, blockers };
  }
  if (blockers.length > 0) return { state: 'not-yet', reasons, blockers };
  return {
    state: 'open',
    reasons: ['Step 1 is done, the no-contact period is over and no signal from them stands in the way.'],
    blockers,
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
