// The motives check's statements, as data. Each points to one motive; the scoring reads only the
// motive, so statements can be reworded without touching the rules.

/** Motives that make asking for another chance a fair thing to do. */
export const GROWTH_MOTIVES = ['growth', 'commitment-to-change', 'respect-for-their-choice'] as const;
/** Motives that are about the user's own needs rather than the relationship they could offer. */
export const PULL_MOTIVES = [
  'loneliness',
  'comfort',
  'idealising-the-past',
  'fear-of-being-alone',
  'jealousy-or-winning',
] as const;

/** What a statement in the motives check points to. */
export type Motive = (typeof GROWTH_MOTIVES)[number] | (typeof PULL_MOTIVES)[number];

/** One statement the user rates from 1 (not true of me) to 5 (very true of me). */
export interface MotivesQuestion {
  readonly id: string;
  readonly statement: string;
  readonly motive: Motive;
}

/** The scale's end labels, for forms. */
export const RATING_LABELS = { 1: 'Not true of me', 3: 'Partly true', 5: 'Very true of me' } as const;

/** The motives check, in the order it is asked. Growth and pull statements are mixed so neither side leads. */
export const MOTIVES_QUESTIONS: readonly MotivesQuestion[] = [
  {
    id: 'see-my-part',
    statement: 'I can name specific things I did that hurt them, without adding "but".',
    motive: 'growth',
  },
  {
    id: 'evenings-empty',
    statement: 'Most of all, I miss having someone there in the evenings.',
    motive: 'loneliness',
  },
  {
    id: 'changing-anyway',
    statement: 'I am working on how I behave, and I would keep at it even if they never come back.',
    motive: 'commitment-to-change',
  },
  {
    id: 'familiar-life',
    statement: 'I miss our routines, our home or our shared friends more than I miss them as a person.',
    motive: 'comfort',
  },
  {
    id: 'accept-no',
    statement: 'If they say no, I can accept it and leave them in peace.',
    motive: 'respect-for-their-choice',
  },
  {
    id: 'only-good-times',
    statement: 'When I think of us, I mostly remember the good times and little of what went wrong.',
    motive: 'idealising-the-past',
  },
  {
    id: 'learned-something',
    statement: 'The breakup has taught me something about myself that I want to act on.',
    motive: 'growth',
  },
  {
    id: 'scared-alone',
    statement: 'The thought of being on my own scares me more than anything else about this.',
    motive: 'fear-of-being-alone',
  },
  {
    id: 'concrete-steps',
    statement: 'I have already taken concrete steps to change, such as therapy, a course or a habit.',
    motive: 'commitment-to-change',
  },
  {
    id: 'prove-a-point',
    statement: 'Part of me wants to prove something to them, or to come out on top.',
    motive: 'jealousy-or-winning',
  },
  {
    id: 'their-choice',
    statement: 'I believe the choice to try again is theirs as much as mine.',
    motive: 'respect-for-their-choice',
  },
  {
    id: 'anyone-would-do',
    statement: 'If I met someone new tomorrow, I think I would stop wanting them back.',
    motive: 'loneliness',
  },
  {
    id: 'it-was-perfect',
    statement: 'I think we were nearly perfect together, apart from one or two bad moments.',
    motive: 'idealising-the-past',
  },
];
