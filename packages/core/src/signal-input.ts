// Turns what a person typed (CLI flags or a form) into a signal, with the same checks and defaults
// everywhere: the kind by its exact name, `at` defaulting to now, an until-date only on wait signals.
import { parseDateOrDateTime, parseIsoDate, type InvalidDateError } from './dates';
import type { InvalidValueError } from './decode';
import { err, type Result } from './result';
import { parseSignal, type Signal } from './signal';
import { parseSignalKind, type UnknownSignalKindError } from './signal-kinds';

/** Raw signal input, as typed: `amends signal add <kind> [--at DATE] [--until DATE] [--note TEXT]`. */
export interface SignalInput {
  readonly kind: string;
  readonly at?: string;
  readonly until?: string;
  readonly note?: string;
}

/** Why typed signal input was refused. */
export type SignalInputError = UnknownSignalKindError | InvalidDateError | InvalidValueError;

/** Builds a signal from typed input, e.g. `newSignal({ kind: 'blocked' }, now)` → at = now's timestamp. */
export function newSignal(input: SignalInput, now: Date): Result<Signal, SignalInputError> {
  const kind = parseSignalKind(input.kind);
  if (!kind.ok) return kind;
  const at = input.at === undefined ? undefined : parseDateOrDateTime(input.at);
  if (at && !at.ok) return at;
  const until = input.until === undefined ? undefined : parseIsoDate(input.until);
  if (until && !until.ok) return until;
  const note = input.note?.trim();
  // parseSignal holds the cross-field rules (until only on waits, never before the signal).
  const result = parseSignal({
    kind: kind.value,
    // A full timestamp by default, so two signals recorded the same day keep their order.
    at: at ? at.value : now.toISOString(),
    ...(until ? { until: until.value } : {}),
    ...(note ? { note } : {}),
  });
  return result.ok ? result : err(result.error);
}
