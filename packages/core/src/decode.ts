// A tiny hand-written decoder kit. Item values arrive as decrypted JSON we wrote ourselves, but an old
// client, an import file or a hand-edited backup can still hand us anything, so every value is checked
// once at the edge and the rest of core can trust its types.
import { err, ok, type Result } from './result';
import { isIsoDate, isIsoDateTime } from './dates';

/** Where a value was wrong and why, e.g. `{ path: 'signal.until', message: 'expected a date (YYYY-MM-DD)' }`. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** Checks an unknown input at `path` and returns a typed value or every issue found. */
export type Decoder<T> = (input: unknown, path: string) => Result<T, readonly Issue[]>;

/** The type a decoder produces. */
export type Decoded<D> = D extends Decoder<infer T> ? T : never;

const fail = (path: string, message: string): Result<never, readonly Issue[]> => err([{ path, message }]);

/** Plain JSON object check (arrays and null are not records). */
export function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** A string, trimmed length within bounds; free text is kept as written (no trimming of the value). */
export function text(options: { min?: number; max?: number } = {}): Decoder<string> {
  const min = options.min ?? 0;
  const max = options.max ?? 20_000;
  return (input, path) => {
    if (typeof input !== 'string') return fail(path, 'expected text');
    const length = input.trim().length;
    if (length < min)
      return fail(path, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
    if (input.length > max) return fail(path, `must be at most ${max} characters`);
    return ok(input);
  };
}

/** One of a fixed list of string constants. */
export function oneOf<const T extends string>(values: readonly T[]): Decoder<T> {
  return (input, path) =>
    typeof input === 'string' && (values as readonly string[]).includes(input)
      ? ok(input as T)
      : fail(path, `expected one of: ${values.join(', ')}`);
}

/** A whole number within bounds. */
export function integer(min: number, max: number): Decoder<number> {
  return (input, path) =>
    typeof input === 'number' && Number.isInteger(input) && input >= min && input <= max
      ? ok(input)
      : fail(path, `expected a whole number from ${min} to ${max}`);
}

/** A boolean. */
export const boolean: Decoder<boolean> = (input, path) =>
  typeof input === 'boolean' ? ok(input) : fail(path, 'expected true or false');

/** A calendar date, YYYY-MM-DD. */
export const isoDate: Decoder<string> = (input, path) =>
  typeof input === 'string' && isIsoDate(input) ? ok(input) : fail(path, 'expected a date (YYYY-MM-DD)');

/** A full ISO 8601 timestamp with a zone, or a calendar date (signals may be dated either way). */
export const isoDateOrDateTime: Decoder<string> = (input, path) =>
  typeof input === 'string' && (isIsoDate(input) || isIsoDateTime(input))
    ? ok(input)
    : fail(path, 'expected a date (YYYY-MM-DD) or a timestamp (ISO 8601)');

/** An array whose every element passes `element`. */
export function array<T>(element: Decoder<T>, options: { min?: number; max?: number } = {}): Decoder<T[]> {
  return (input, path) => {
    if (!Array.isArray(input)) return fail(path, 'expected a list');
    if (options.min !== undefined && input.length < options.min)
      return fail(path, `expected at least ${options.min} entries`);
    if (options.max !== undefined && input.length > options.max)
      return fail(path, `expected at most ${options.max} entries`);
    const values: T[] = [];
    const issues: Issue[] = [];
    input.forEach((item: unknown, index) => {
      const result = element(item, `${path}[${index}]`);
      if (result.ok) values.push(result.value);
      else issues.push(...result.error);
    });
    return issues.length > 0 ? err(issues) : ok(values);
  };
}

type Decoders = Record<string, Decoder<unknown>>;
type Required<R extends Decoders> = { -readonly [K in keyof R]: Decoded<R[K]> };
type Optional<O extends Decoders> = { -readonly [K in keyof O]?: Decoded<O[K]> };

/**
 * An object with required and optional fields. Unknown fields are dropped rather than rejected so an
 * older client can still read items a newer one wrote.
 */
export function object<R extends Decoders, O extends Decoders = Record<never, never>>(
  required: R,
  optional?: O,
): Decoder<Required<R> & Optional<O>> {
  return (input, path) => {
    if (!isRecord(input)) return fail(path, 'expected an object');
    const out: Record<string, unknown> = {};
    const issues: Issue[] = [];
    for (const [key, decoder] of Object.entries(required)) {
      if (!(key in input) || input[key] === undefined) {
        issues.push({ path: `${path}.${key}`, message: 'is required' });
        continue;
      }
      const result = decoder(input[key], `${path}.${key}`);
      if (result.ok) out[key] = result.value;
      else issues.push(...result.error);
    }
    for (const [key, decoder] of Object.entries(optional ?? {})) {
      // null is accepted as "absent": JSON has no undefined and some writers emit null.
      if (input[key] === undefined || input[key] === null) continue;
      const result = decoder(input[key], `${path}.${key}`);
      if (result.ok) out[key] = result.value;
      else issues.push(...result.error);
    }
    return issues.length > 0 ? err(issues) : ok(out as Required<R> & Optional<O>);
  };
}

/** Adds a cross-field check that runs only once the shape is valid. */
export function refine<T>(
  decoder: Decoder<T>,
  check: (value: T, path: string) => Issue | undefined,
): Decoder<T> {
  return (input, path) => {
    const result = decoder(input, path);
    if (!result.ok) return result;
    const issue = check(result.value, path);
    return issue ? err([issue]) : result;
  };
}

/** Why an item value could not be read; `issues` lists every problem with its path. */
export interface InvalidValueError {
  readonly code: 'invalid-value';
  readonly message: string;
  readonly issues: readonly Issue[];
}

/** Runs a decoder at the root and folds its issues into one typed error. */
export function decodeWith<T>(
  decoder: Decoder<T>,
  root: string,
  input: unknown,
): Result<T, InvalidValueError> {
  const result = decoder(input, root);
  if (result.ok) return result;
  const first = result.error[0];
  const message = first ? `${first.path} ${first.message}` : `${root} is invalid`;
  return err({ code: 'invalid-value', message, issues: result.error });
}
