// A signal is one dated fact about the other person (or, for a slip, about the user). Each signal is
// its own item and is never edited away: a mistake is corrected by recording a new signal, so the
// history the outreach rules read is the history that happened.
import {
  decodeWith,
  isoDate,
  isoDateOrDateTime,
  object,
  oneOf,
  refine,
  text,
  type InvalidValueError,
} from './decode';
import { dateOf, instantOf } from './dates';
import type { Result } from './result';
import { SIGNAL_KINDS, SIGNAL_KIND_INFO, type SignalKind } from './signal-kinds';

/** The decrypted value of a 'signal' item. */
export interface Signal {
  readonly kind: SignalKind;
  /** When it happened: a date (YYYY-MM-DD) or a timestamp with zone; the CLI records `now` by default. */
  readonly at: string;
  /** Wait signals only: the date outreach may resume (YYYY-MM-DD), never before it. */
  readonly until?: string;
  readonly note?: string;
}

const signalDecoder = refine(
  object(
    { kind: oneOf(SIGNAL_KINDS), at: isoDateOrDateTime },
    { until: isoDate, note: text({ max: 5_000 }) },
  ),
  (signal, path) => {
    if (signal.until === undefined) return undefined;
    if (!SIGNAL_KIND_INFO[signal.kind].takesUntil)
      return { path: `${path}.until`, message: `only wait signals take an until-date, not "${signal.kind}"` };
    if (signal.until < dateOf(signal.at))
      return { path: `${path}.until`, message: 'the until-date cannot be before the signal itself' };
    return undefined;
  },
);

/** Checks a decrypted 'signal' value, e.g. `parseSignal({ kind: 'blocked', at: '2025-03-01' })`. */
export function parseSignal(input: unknown): Result<Signal, InvalidValueError> {
  return decodeWith(signalDecoder, 'signal', input);
}

/** Signals oldest first (stable for equal times), for history lists. */
export function sortSignals(signals: readonly Signal[]): Signal[] {
  return signals
    .map((signal, index) => ({ signal, index }))
    .sort((a, b) => instantOf(a.signal.at) - instantOf(b.signal.at) || a.index - b.index)
    .map(({ signal }) => signal);
}
