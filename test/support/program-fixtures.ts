// Values a user would have entered by the end of step 1, for tests that start from there.
import {
  addMotivesAttempt,
  emptyScreen,
  GROWTH_MOTIVES,
  MOTIVES_QUESTIONS,
  startOnboarding,
  type Behaviour,
  type ChangePlan,
  type MotivesCheck,
  type Onboarding,
  type Rating,
} from '@amends/core';

export function onboardingWithoutRisk(answeredAt: string): Onboarding {
  return startOnboarding({
    answeredAt,
    relationship: 'partnership',
    endedOn: '2026-01-10',
    howItEnded: { choice: 'they-ended', text: 'They said they could not keep carrying the weight alone.' },
    screen: emptyScreen(),
  });
}

/** Answers that point to growth: growth statements agreed with, pull statements not. */
export function motivesReady(takenAt: string): MotivesCheck {
  const growth: readonly string[] = GROWTH_MOTIVES;
  const ratings: Record<string, Rating> = {};
  for (const q of MOTIVES_QUESTIONS) ratings[q.id] = growth.includes(q.motive) ? 5 : 1;
  return addMotivesAttempt(undefined, { takenAt, ratings });
}

export const behaviour: Behaviour = {
  catalogueId: 'unsupportive-under-stress',
  whatHappened: 'When their mother was ill I kept working late and left them to cope alone.',
  impactOnThem: 'They felt abandoned at the hardest time of their life.',
};

export function changePlanFor(behaviourId: string, startedOn: string): ChangePlan {
  return {
    behaviourId,
    actions: [
      { id: 'a1', text: 'Weekly session with a counsellor', frequency: 'weekly', startedOn, ticks: [] },
    ],
  };
}
