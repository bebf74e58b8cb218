// Words the program screens show for core's values. Kept apart from the components so they can be
// tested, and so the tone can be checked in one place: warm, direct, no promises about the outcome.
import {
  isIsoDate,
  type EndingChoice,
  type OutreachState,
  type ProgramMode,
  type RelationshipKind,
  type ScreenQuestion,
  type StepStatus,
} from '@amends/core';

/** Relationship kinds as the onboarding form offers them. */
export const RELATIONSHIP_WORDS: Readonly<Record<RelationshipKind, string>> = {
  marriage: 'Marriage',
  partnership: 'Partnership',
  friendship: 'Friendship',
};

/** Who ended it, as the onboarding form offers it. */
export const ENDING_WORDS: Readonly<Record<EndingChoice, string>> = {
  'they-ended': 'They ended it',
  'i-ended': 'I ended it',
  mutual: 'We decided together',
  unclear: 'It is not clear, or it faded',
};

/** The four answers of each safety question. */
export type ScreenChoice = 'no' | 'me' | 'them' | 'both';

/** The safety screen's questions and answer wording. */
export const SCREEN_WORDS: Readonly<
  Record<ScreenQuestion, { question: string; hint: string; me: string; them: string; both: string }>
> = {
  violence: {
    question: 'Was there physical violence in the relationship?',
    hint: 'Hitting, pushing, grabbing, restraining, throwing things, or hurting in any other way.',
    me: 'Yes, by me',
    them: 'Yes, by them',
    both: 'Yes, by both of us',
  },
  threats: {
    question: 'Were there threats?',
    hint: 'To hurt someone, to harm themselves to make the other stay, to take children or pets, to share private things.',
    me: 'Yes, I made threats',
    them: 'Yes, they made threats',
    both: 'Yes, both of us',
  },
  'coercive-control': {
    question: 'Was there coercive control?',
    hint: 'Controlling money, friends, phone or where the other went; constant checking; cutting them off from people.',
    me: 'Yes, by me',
    them: 'Yes, by them',
    both: 'Yes, by both of us',
  },
  'protective-order': {
    question: 'Is there, or was there, a protective or restraining order?',
    hint: 'Any court order that limits contact, whoever asked for it.',
    me: 'Yes, against me',
    them: 'Yes, against them',
    both: 'Yes, against both of us',
  },
};

/** A safety answer as the form shows it, from the stored pair. */
export function screenChoice(answer: { byMe: boolean; byThem: boolean }): ScreenChoice {
  if (answer.byMe && answer.byThem) return 'both';
  if (answer.byMe) return 'me';
  if (answer.byThem) return 'them';
  return 'no';
}

/** The stored pair for a safety answer chosen in the form. */
export function screenAnswer(choice: ScreenChoice): { byMe: boolean; byThem: boolean } {
  return { byMe: choice === 'me' || choice === 'both', byThem: choice === 'them' || choice === 'both' };
}

/** A short line for the outreach state, e.g. "Outreach is closed". */
export function outreachHeadline(outreach: OutreachState, mode: ProgramMode): string {
  switch (outreach.state) {
    case 'closed':
      return mode === 'safety'
        ? 'Outreach is closed, for everyone’s safety'
        : 'Outreach is closed: they have asked for distance';
    case 'waiting':
      return outreach.until
        ? `Outreach is waiting until ${formatDate(outreach.until)}`
        : 'Outreach is waiting';
    case 'not-yet':
      return 'Outreach is not open yet';
    case 'open':
      return 'Outreach is open';
  }
}

/** What the state means for the user, in one or two kind sentences. */
export function outreachMeaning(outreach: OutreachState, mode: ProgramMode): string {
  switch (outreach.state) {
    case 'closed':
      return mode === 'safety'
        ? 'Amends will not guide contact with them. Your own self-work, and the help listed here, stay open to you.'
        : 'Respecting that is the most caring thing you can do now. Amends will not help with contact, timing or messages while it stands. It can help you look after yourself and move forward.';
    case 'waiting':
      return 'Nothing toward contact until then. The time is theirs; use it for your own work.';
    case 'not-yet':
      return 'There is work to do first. Each item below is yours to do, at your own pace.';
    case 'open':
      return 'Open means you may take the next step with care. It does not mean they will say yes, and their answer is theirs to give.';
  }
}

/** The step status as a short label. */
export const STEP_STATUS_WORDS: Readonly<Record<StepStatus, string>> = {
  done: 'Done',
  current: 'You are here',
  available: 'Open to you',
  locked: 'Locked',
};

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date or timestamp as words, e.g. '2026-03-02' → '2 March 2026' (UTC days, as core counts). */
export function formatDate(value: string): string {
  const instant = isIsoDate(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  return Number.isNaN(instant.getTime()) ? value : DATE_FORMAT.format(instant);
}

/** "1 day" / "3 days". */
export function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}
