// The onboarding form's state and checks, apart from the screen so they can be tested.
import {
  parseIsoDate,
  parseOnboardingAnswers,
  SCREEN_QUESTIONS,
  toIsoDate,
  type EndingChoice,
  type OnboardingAnswers,
  type RelationshipKind,
  type ScreenQuestion,
} from '@amends/core';
import { screenAnswer, screenChoice, SCREEN_WORDS, type ScreenChoice } from './words';

/** What the form holds while the user fills it in. */
export interface OnboardingDraft {
  readonly relationship?: RelationshipKind;
  readonly endedOn: string;
  readonly ending?: EndingChoice;
  readonly endingText: string;
  readonly screen: Partial<Record<ScreenQuestion, ScreenChoice>>;
}

/** The form's fields, for errors and focus. */
export type OnboardingField =
  'relationship' | 'endedOn' | 'ending' | 'endingText' | `screen-${ScreenQuestion}`;

/** One problem with the form. */
export interface OnboardingProblem {
  readonly field: OnboardingField;
  readonly message: string;
}

/** An empty form, or the answers in force when correcting them. */
export function draftFrom(answers?: OnboardingAnswers): OnboardingDraft {
  if (!answers) return { endedOn: '', endingText: '', screen: {} };
  return {
    relationship: answers.relationship,
    endedOn: answers.endedOn,
    ending: answers.howItEnded.choice,
    endingText: answers.howItEnded.text,
    screen: Object.fromEntries(SCREEN_QUESTIONS.map((q) => [q, screenChoice(answers.screen[q])])),
  };
}

/**
 * Checks the form and builds the answer set, dated `now`.
 * @example checkOnboarding(draft, now).ok === false → show `.problems`
 */
export function checkOnboarding(
  draft: OnboardingDraft,
  now: Date,
): { ok: true; answers: OnboardingAnswers } | { ok: false; problems: OnboardingProblem[] } {
  const problems: OnboardingProblem[] = [];
  if (!draft.relationship)
    problems.push({ field: 'relationship', message: 'Choose what the relationship was.' });

  let endedOn: string | undefined;
  if (draft.endedOn.trim() === '') {
    problems.push({ field: 'endedOn', message: 'Enter the date it ended. A rough date is fine.' });
  } else {
    const parsed = parseIsoDate(draft.endedOn);
    if (!parsed.ok) problems.push({ field: 'endedOn', message: parsed.error.message });
    else if (parsed.value > toIsoDate(now))
      problems.push({ field: 'endedOn', message: 'That date is still to come. Enter the day it ended.' });
    else endedOn = parsed.value;
  }

  if (!draft.ending) problems.push({ field: 'ending', message: 'Choose how it ended.' });
  if (draft.endingText.length > 10_000)
    problems.push({ field: 'endingText', message: 'Please keep this under 10,000 characters.' });

  for (const question of SCREEN_QUESTIONS) {
    if (!draft.screen[question])
      problems.push({
        field: `screen-${question}`,
        message: `Answer the safety question: ${SCREEN_WORDS[question].question}`,
      });
  }

  if (problems.length > 0 || !draft.relationship || !draft.ending || !endedOn) return { ok: false, problems };

  const screen = Object.fromEntries(
    SCREEN_QUESTIONS.map((question) => [question, screenAnswer(draft.screen[question] ?? 'no')]),
  ) as Record<ScreenQuestion, { byMe: boolean; byThem: boolean }>;
  const parsed = parseOnboardingAnswers({
    answeredAt: now.toISOString(),
    relationship: draft.relationship,
    endedOn,
    howItEnded: { choice: draft.ending, text: draft.endingText },
    screen,
  });
  if (!parsed.ok) return { ok: false, problems: [{ field: 'relationship', message: parsed.error.message }] };
  return { ok: true, answers: parsed.value };
}
