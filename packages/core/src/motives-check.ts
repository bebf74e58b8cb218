// The motives check is retaken as the user changes; every attempt is kept so they can see how their
// answers moved, and the latest attempt is the one the program reads.
import {
  array,
  decodeWith,
  integer,
  isoDateOrDateTime,
  object,
  type Decoder,
  type InvalidValueError,
  type Issue,
} from './decode';
import { instantOf } from './dates';
import { err, ok, type Result } from './result';
import { MOTIVES_QUESTIONS } from './motives-questions';

/** A rating from 1 (not true of me) to 5 (very true of me). */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** One completed attempt: a rating per question id. */
export interface MotivesAttempt {
  readonly takenAt: string;
  readonly ratings: Readonly<Record<string, Rating>>;
}

/** The decrypted value of the 'motives-check' item: every attempt, oldest first. */
export interface MotivesCheck {
  readonly attempts: readonly MotivesAttempt[];
}

const rating = integer(1, 5) as Decoder<Rating>;

// Every question must be answered: a partial attempt would let the scoring guess.
const ratingsDecoder: Decoder<Record<string, Rating>> = (input, path) => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err([{ path, message: 'expected a rating per question' }]);
  }
  const source = input as Record<string, unknown>;
  const out: Record<string, Rating> = {};
  const issues: Issue[] = [];
  for (const question of MOTIVES_QUESTIONS) {
    const result = rating(source[question.id], `${path}.${question.id}`);
    if (result.ok) out[question.id] = result.value;
    else issues.push(...result.error);
  }
  return issues.length > 0 ? err(issues) : ok(out);
};

const attemptDecoder = object({ takenAt: isoDateOrDateTime, ratings: ratingsDecoder });

const motivesDecoder = object({ attempts: array(attemptDecoder, { min: 1 }) });

/** Checks a decrypted 'motives-check' value. */
export function parseMotivesCheck(input: unknown): Result<MotivesCheck, InvalidValueError> {
  return decodeWith(motivesDecoder, 'motives-check', input);
}

/** Checks one attempt, e.g. from a form, before it is added with `addMotivesAttempt`. */
export function parseMotivesAttempt(input: unknown): Result<MotivesAttempt, InvalidValueError> {
  return decodeWith(attemptDecoder, 'attempt', input);
}

/** Adds a retake, keeping the earlier attempts. */
export function addMotivesAttempt(check: MotivesCheck | undefined, attempt: MotivesAttempt): MotivesCheck {
  return { attempts: [...(check?.attempts ?? []), attempt] };
}

/** The attempt that counts: the latest by `takenAt`, the last written on a tie. */
export function latestMotivesAttempt(check: MotivesCheck): MotivesAttempt | undefined {
  let latest: MotivesAttempt | undefined;
  for (const attempt of check.attempts) {
    if (!latest || instantOf(attempt.takenAt) >= instantOf(latest.takenAt)) latest = attempt;
  }
  return latest;
}
