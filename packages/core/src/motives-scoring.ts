// Scores the motives check. The aim is not a grade but an honest mirror: when the answers point to
// loneliness, comfort or a rosy past more than to growth, the kind answer is "not now", and the
// program steers to self-work. Thresholds are on the 1–5 scale's mean, kept here in one place.
import type { MotivesAttempt } from './motives-check';
import {
  GROWTH_MOTIVES,
  MOTIVES_QUESTIONS,
  PULL_MOTIVES,
  type Motive,
  type MotivesQuestion,
} from './motives-questions';

/** The motives check's verdict. */
export type MotivesResult = 'ready' | 'mixed' | 'not-now';

/** The verdict in plain words, with the numbers behind it for a chart. */
export interface MotivesScore {
  readonly result: MotivesResult;
  /** One short line, e.g. "Not now — work on yourself first". */
  readonly headline: string;
  /** Why, in plain words, addressed to the user. */
  readonly explanation: string;
  /** Mean rating (1–5) per motive. */
  readonly byMotive: Readonly<Record<Motive, number>>;
  /** Mean rating of the growth statements. */
  readonly growth: number;
  /** Mean rating of the pull statements (loneliness, comfort, the past, fear, winning). */
  readonly pull: number;
}

// A mean of 4 or more is "mostly true of me"; 2 or less is "mostly not".
const STRONG = 4;
const WEAK = 2;
const READY_GROWTH = 3.5;
const READY_PULL = 2.5;

const PULL_WORDS: Readonly<Record<(typeof PULL_MOTIVES)[number], string>> = {
  loneliness: 'loneliness',
  comfort: 'missing the comfort of a familiar life',
  'idealising-the-past': 'remembering the past as better than it was',
  'fear-of-being-alone': 'fear of being alone',
  'jealousy-or-winning': 'wanting to prove something',
};

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function ratingsFor(
  attempt: MotivesAttempt,
  questions: readonly MotivesQuestion[],
  motives: readonly Motive[],
): number[] {
  return questions.filter((q) => motives.includes(q.motive)).flatMap((q) => attempt.ratings[q.id] ?? []);
}

/** Scores an attempt, e.g. `scoreMotives(latestMotivesAttempt(check)).result` → 'not-now'. */
export function scoreMotives(
  attempt: MotivesAttempt,
  questions: readonly MotivesQuestion[] = MOTIVES_QUESTIONS,
): MotivesScore {
  const byMotive = Object.fromEntries(
    [...GROWTH_MOTIVES, ...PULL_MOTIVES].map((motive) => [
      motive,
      mean(ratingsFor(attempt, questions, [motive])),
    ]),
  ) as Record<Motive, number>;
  const growth = mean(ratingsFor(attempt, questions, GROWTH_MOTIVES));
  const pull = mean(ratingsFor(attempt, questions, PULL_MOTIVES));
  const strongPulls = PULL_MOTIVES.filter((motive) => byMotive[motive] >= STRONG);

  const concerns: string[] = [];
  if (pull > growth || strongPulls.length > 0) {
    const named = (strongPulls.length > 0 ? strongPulls : [strongestPull(byMotive)]).map(
      (m) => PULL_WORDS[m],
    );
    concerns.push(
      `Your answers point more to ${listInWords(named)} than to growth. Those feelings are real and they deserve care, from friends, from a therapist, from you. They are not, on their own, a reason to ask someone for another chance.`,
    );
  }
  if (byMotive['respect-for-their-choice'] <= WEAK) {
    concerns.push(
      'You said a no would be hard to accept. Asking is only fair when you can take any answer, including no, and leave them in peace.',
    );
  }
  if (concerns.length > 0) {
    return {
      result: 'not-now',
      headline: 'Not now — work on yourself first',
      explanation: `${concerns.join(' ')} Spend some time on the self-work in step 1, then take this check again.`,
      byMotive,
      growth,
      pull,
    };
  }
  if (growth >= READY_GROWTH && pull <= READY_PULL && byMotive['respect-for-their-choice'] >= STRONG) {
    return {
      result: 'ready',
      headline: 'Ready to go on',
      explanation:
        'Your answers point to growth, a commitment to change and respect for their choice. That says nothing about what they will decide; it means you would be asking for honest reasons. Keep going with your behaviours and change plans.',
      byMotive,
      growth,
      pull,
    };
  }
  return {
    result: 'mixed',
    headline: 'Mixed — go on, and keep an eye on why',
    explanation:
      'Some of your reasons are about growth and some are about what you miss. That is common. Go on with step 1, and be honest with yourself about which reasons are doing the driving. You can take this check again at any time.',
    byMotive,
    growth,
    pull,
  };
}

function strongestPull(byMotive: Readonly<Record<Motive, number>>): (typeof PULL_MOTIVES)[number] {
  return PULL_MOTIVES.reduce((best, motive) => (byMotive[motive] > byMotive[best] ? motive : best));
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
