// Calendar arithmetic for the program. A calendar date (YYYY-MM-DD) is read as a day in UTC, so every
// device computes the same counter from the same data; the web and CLI turn "today" into such a date
// with `toIsoDate`. Nothing here reads the clock: callers pass `now`.
import { err, ok, type Result } from './result';

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A zone is required: a timestamp without one means different instants on different devices.
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD, e.g. `isIsoDate('2025-02-28')`; `'2025-02-30'` is false. */
export function isIsoDate(text: string): boolean {
  const match = DATE_RE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True for an ISO 8601 timestamp with a zone (Z or ±hh:mm) that names a real instant. */
export function isIsoDateTime(text: string): boolean {
  return DATE_TIME_RE.test(text) && isIsoDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text));
}

/** Why a date typed by the user was not accepted. */
export interface InvalidDateError {
  readonly code: 'invalid-date';
  readonly message: string;
  readonly input: string;
}

/** Parses CLI or form input as a calendar date, e.g. `parseIsoDate(' 2025-03-01 ')` → ok('2025-03-01'). */
export function parseIsoDate(input: string): Result<string, InvalidDateError> {
  const text = input.trim();
  if (isIsoDate(text)) return ok(text);
  return err({
    code: 'invalid-date',
    message: DATE_RE.test(text)
      ? `"${text}" is not a real calendar date`
      : `"${text}" is not a date; write it as YYYY-MM-DD, e.g. 2025-03-01`,
    input,
  });
}

/** Parses a calendar date or a full timestamp (with zone), e.g. for a signal's `at`. */
export function parseDateOrDateTime(input: string): Result<string, InvalidDateError> {
  const text = input.trim();
  if (isIsoDate(text) || isIsoDateTime(text)) return ok(text);
  return err({
    code: 'invalid-date',
    message: `"${text}" is not a date; write it as YYYY-MM-DD or as a full ISO timestamp`,
    input,
  });
}

/** The UTC calendar date of an instant, e.g. `toIsoDate(new Date('2025-03-01T23:00Z'))` → '2025-03-01'. */
export function toIsoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The calendar date of a date or timestamp string, e.g. '2025-03-01T10:00:00+02:00' → '2025-03-01' (UTC). */
export function dateOf(value: string): string {
  return isIsoDate(value) ? value : toIsoDate(new Date(value));
}

/** Milliseconds since the epoch of a date (UTC midnight) or a timestamp. */
export function instantOf(value: string): number {
  return isIsoDate(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
}

/** Adds whole days to a calendar date, e.g. `addDays('2025-02-27', 2)` → '2025-03-01'. */
export function addDays(date: string, days: number): string {
  return toIsoDate(new Date(instantOf(date) + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier), e.g. ('2025-03-01', '2025-03-04') → 3. */
export function daysBetween(from: string, to: string): number {
  return Math.round((instantOf(to) - instantOf(from)) / DAY_MS);
}

/**
 * True when `a` happened strictly after `b`. When either side is only a date we compare whole days,
 * because "2025-03-01" could mean any hour of that day and the cautious reading must win.
 */
export function isStrictlyAfter(a: string, b: string): boolean {
  if (isIsoDate(a) || isIsoDate(b)) return dateOf(a) > dateOf(b);
  return instantOf(a) > instantOf(b);
}

/** The later of two calendar dates. */
export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}
