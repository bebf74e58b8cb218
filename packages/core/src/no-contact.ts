// The no-contact period of step 2. Only the start and the length are stored; the counter is derived
// from `now` so it is right on every device and in every export without a background job.
import { decodeWith, integer, isoDate, object, type InvalidValueError } from './decode';
import { addDays, daysBetween, toIsoDate } from './dates';
import type { Result } from './result';

/** The length offered when the user does not choose one. */
export const DEFAULT_NO_CONTACT_DAYS = 30;
/** The longest period the program sets; longer than a year is a different decision, not a period. */
export const MAX_NO_CONTACT_DAYS = 365;

/** The decrypted value of the 'no-contact' item. */
export interface NoContact {
  /** First day of no contact (YYYY-MM-DD). */
  readonly startedOn: string;
  /** Length in days, 0 to 365; 0 means the user chose no waiting period. */
  readonly lengthDays: number;
}

const noContactDecoder = object({ startedOn: isoDate, lengthDays: integer(0, MAX_NO_CONTACT_DAYS) });

/** Checks a decrypted 'no-contact' value. */
export function parseNoContact(input: unknown): Result<NoContact, InvalidValueError> {
  return decodeWith(noContactDecoder, 'no-contact', input);
}

/** A new period starting on a date, with the default length unless one is given. */
export function startNoContact(startedOn: string, lengthDays: number = DEFAULT_NO_CONTACT_DAYS): NoContact {
  return { startedOn, lengthDays };
}

/** The running counter. */
export interface NoContactCounter {
  readonly startedOn: string;
  /** The first day contact is no longer paused by this period (YYYY-MM-DD). */
  readonly endsOn: string;
  readonly lengthDays: number;
  /** Whole days since the start (it keeps counting after the end), 0 on the first day and before it. */
  readonly daysElapsed: number;
  /** Whole days until `endsOn` (from today, even before the start), 0 once finished. */
  readonly daysRemaining: number;
  readonly started: boolean;
  readonly finished: boolean;
}

/** The counter as of `now`, e.g. 10 days into a 30-day period → `{ daysElapsed: 10, daysRemaining: 20 }`. */
export function noContactCounter(noContact: NoContact, now: Date): NoContactCounter {
  const today = toIsoDate(now);
  const endsOn = addDays(noContact.startedOn, noContact.lengthDays);
  const started = today >= noContact.startedOn;
  const finished = today >= endsOn;
  return {
    startedOn: noContact.startedOn,
    endsOn,
    lengthDays: noContact.lengthDays,
    daysElapsed: started ? daysBetween(noContact.startedOn, today) : 0,
    daysRemaining: finished ? 0 : daysBetween(today, endsOn),
    started,
    finished,
  };
}
