// Findings and failures are values, not exceptions: callers (web, CLI) map them to messages or exit codes.

/** A computation that either produced a value or a typed error. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** Wraps a value as a success, e.g. `ok(3)`. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Wraps an error as a failure, e.g. `err({ code: 'invalid-date', ... })`. */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
