// Onboarding records the relationship and the abuse-risk screen. A mistaken answer is corrected by
// adding a new answer set rather than overwriting the old one, so the history of what was said (and
// when) survives; the latest set is the one the rules read.
import {
  array,
  boolean,
  decodeWith,
  isoDate,
  isoDateOrDateTime,
  object,
  oneOf,
  text,
  type InvalidValueError,
} from './decode';
import { instantOf } from './dates';
import type { Result } from './result';

/** The relationship kinds the program is written for. */
export const RELATIONSHIP_KINDS = ['marriage', 'partnership', 'friendship'] as const;
/** The relationship the user wants another chance at. */
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** Who ended it, as the user sees it. */
export const ENDING_CHOICES = ['they-ended', 'i-ended', 'mutual', 'unclear'] as const;
/** Who ended it, as the user sees it. */
export type EndingChoice = (typeof ENDING_CHOICES)[number];

/** The abuse-risk screen's questions, each asked about both people. */
export const SCREEN_QUESTIONS = ['violence', 'threats', 'coercive-control', 'protective-order'] as const;
/** One abuse-risk question. */
export type ScreenQuestion = (typeof SCREEN_QUESTIONS)[number];

/** One question answered about each person. */
export interface ScreenAnswer {
  readonly byMe: boolean;
  readonly byThem: boolean;
}

/** One complete set of onboarding answers, dated when given. */
export interface OnboardingAnswers {
  /** When this set was recorded (timestamp or date); the latest set wins. */
  readonly answeredAt: string;
  readonly relationship: RelationshipKind;
  /** When the relationship ended (YYYY-MM-DD). */
  readonly endedOn: string;
  readonly howItEnded: { readonly choice: EndingChoice; readonly text: string };
  readonly screen: Readonly<Record<ScreenQuestion, ScreenAnswer>>;
}

/** The decrypted value of the 'onboarding' item: every answer set ever given. */
export interface Onboarding {
  readonly answers: readonly OnboardingAnswers[];
}

const screenAnswer = object({ byMe: boolean, byThem: boolean });

const answersDecoder = object({
  answeredAt: isoDateOrDateTime,
  relationship: oneOf(RELATIONSHIP_KINDS),
  endedOn: isoDate,
  howItEnded: object({ choice: oneOf(ENDING_CHOICES), text: text({ max: 10_000 }) }),
  screen: object({
    violence: screenAnswer,
    threats: screenAnswer,
    'coercive-control': screenAnswer,
    'protective-order': screenAnswer,
  }),
});

const onboardingDecoder = object({ answers: array(answersDecoder, { min: 1 }) });

/** Checks a decrypted 'onboarding' value. */
export function parseOnboarding(input: unknown): Result<Onboarding, InvalidValueError> {
  return decodeWith(onboardingDecoder, 'onboarding', input);
}

/** Checks one answer set, e.g. from a form, before it is added with `correctOnboarding`. */
export function parseOnboardingAnswers(input: unknown): Result<OnboardingAnswers, InvalidValueError> {
  return decodeWith(answersDecoder, 'answers', input);
}

/** The answer set in force: the latest by `answeredAt`, the last written on a tie. */
export function latestOnboardingAnswers(onboarding: Onboarding): OnboardingAnswers | undefined {
  let latest: OnboardingAnswers | undefined;
  for (const answers of onboarding.answers) {
    if (!latest || instantOf(answers.answeredAt) >= instantOf(latest.answeredAt)) latest = answers;
  }
  return latest;
}

/** Starts the onboarding value from a first answer set. */
export function startOnboarding(answers: OnboardingAnswers): Onboarding {
  return { answers: [answers] };
}

/** Adds a corrected answer set, keeping every earlier one. */
export function correctOnboarding(onboarding: Onboarding, answers: OnboardingAnswers): Onboarding {
  return { answers: [...onboarding.answers, answers] };
}

/** A screen with every answer "no", for forms to start from. */
export function emptyScreen(): Record<ScreenQuestion, ScreenAnswer> {
  return {
    violence: { byMe: false, byThem: false },
    threats: { byMe: false, byThem: false },
    'coercive-control': { byMe: false, byThem: false },
    'protective-order': { byMe: false, byThem: false },
  };
}
