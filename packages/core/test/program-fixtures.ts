// Shared builders for core tests: a complete, safe program input that is 'open' on OPEN_NOW, which
// each test then changes in the one way it is about.
import type { MotivesAttempt, Rating } from '../src/motives-check';
import { GROWTH_MOTIVES, MOTIVES_QUESTIONS, type Motive } from '../src/motives-questions';
import { emptyScreen, type Onboarding, type OnboardingAnswers } from '../src/onboarding';
import type { ProgramInput } from '../src/program-input';

/** A day on which `openInput()` is open: the no-contact period (from 2025-01-01, 30 days) is over. */
export const OPEN_NOW = new Date('2025-03-01T12:00:00Z');

/** An attempt rating each question by its motive. */
export function attemptRating(
  rate: (motive: Motive) => Rating,
  takenAt = '2025-01-02T10:00:00Z',
): MotivesAttempt {
  return {
    takenAt,
    ratings: Object.fromEntries(MOTIVES_QUESTIONS.map((q) => [q.id, rate(q.motive)])),
  };
}

/** Growth statements all 5, pull statements all 1. */
export function readyAttempt(takenAt?: string): MotivesAttempt {
  return attemptRating((m) => ((GROWTH_MOTIVES as readonly Motive[]).includes(m) ? 5 : 1), takenAt);
}

/** Loneliness and comfort at 5, growth middling. */
export function lonelyAttempt(takenAt?: string): MotivesAttempt {
  return attemptRating(
    (m) => (m === 'loneliness' || m === 'comfort' ? 5 : m === 'respect-for-their-choice' ? 4 : 3),
    takenAt,
  );
}

/** An answer set with no risk. */
export function safeAnswers(answeredAt = '2025-01-01T09:00:00Z'): OnboardingAnswers {
  return {
    answeredAt,
    relationship: 'partnership',
    endedOn: '2024-12-01',
    howItEnded: { choice: 'they-ended', text: 'They said they were tired of carrying everything.' },
    screen: emptyScreen(),
  };
}

/** An answer set where the user reports threats by them. */
export function riskyAnswers(answeredAt = '2025-01-01T09:00:00Z'): OnboardingAnswers {
  return { ...safeAnswers(answeredAt), screen: { ...emptyScreen(), threats: { byMe: false, byThem: true } } };
}

/** A safe onboarding value. */
export function safeOnboarding(): Onboarding {
  return { answers: [safeAnswers()] };
}

/** A complete input that is 'open' on OPEN_NOW. */
export function openInput(overrides: Partial<ProgramInput> = {}): ProgramInput {
  return {
    onboarding: safeOnboarding(),
    motives: { attempts: [readyAttempt()] },
    behaviours: [
      {
        id: 'b1',
        value: {
          catalogueId: 'poor-communication',
          whatHappened: 'I went silent for days after arguments.',
          impactOnThem: 'They felt alone and shut out.',
        },
      },
    ],
    changePlans: [
      {
        behaviourId: 'b1',
        actions: [
          {
            id: 'a1',
            text: 'Learn soft start-up',
            frequency: 'once',
            startedOn: '2025-01-02',
            ticks: ['2025-01-10'],
          },
        ],
      },
    ],
    noContact: { startedOn: '2025-01-01', lengthDays: 30 },
    signals: [],
    ...overrides,
  };
}
