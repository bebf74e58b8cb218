// Common behaviours that hurt relationships, each with change-plan actions to start from. The list is
// data so the inventory form, the CLI and the docs show the same words; the user can always add their own.
import type { Frequency } from './frequency';

/** A suggested change-plan action for a catalogue behaviour. */
export interface SuggestedAction {
  readonly text: string;
  readonly frequency: Frequency;
}

/** One catalogue behaviour. */
export interface CatalogueBehaviour {
  readonly id: string;
  readonly title: string;
  /** A question that helps the user recognise it in their own story. */
  readonly description: string;
  readonly suggestedActions: readonly SuggestedAction[];
}

/** The catalogue, in the order the inventory shows it. */
export const BEHAVIOUR_CATALOGUE: readonly CatalogueBehaviour[] = [
  {
    id: 'unsupportive-under-stress',
    title: 'Did not support them under stress',
    description: 'When they were struggling (work, family, health), were you absent, dismissive or busy?',
    suggestedActions: [
      { text: 'Learn to ask "what would help right now?" before offering solutions', frequency: 'once' },
      { text: 'Practise active listening with a friend or colleague', frequency: 'weekly' },
    ],
  },
  {
    id: 'took-for-granted',
    title: 'Took them for granted',
    description: 'Did you stop noticing, thanking or making time for them?',
    suggestedActions: [
      { text: 'Write down one thing you appreciate in someone close to you', frequency: 'daily' },
      { text: 'Keep a regular, protected time for the people who matter to you', frequency: 'weekly' },
    ],
  },
  {
    id: 'controlling',
    title: 'Controlling',
    description: 'Did you decide for them, check on them, or limit who they saw or what they spent?',
    suggestedActions: [
      { text: 'Start counselling to understand where the need for control comes from', frequency: 'once' },
      { text: 'Notice and write down each urge to control, and what you did instead', frequency: 'daily' },
    ],
  },
  {
    id: 'critical',
    title: 'Critical',
    description:
      'Did you often point out what they did wrong, or criticise who they are rather than what they did?',
    suggestedActions: [
      { text: 'Learn the difference between a complaint and a criticism (Gottman)', frequency: 'once' },
      { text: 'Replace one criticism with a specific request, and note how it went', frequency: 'daily' },
    ],
  },
  {
    id: 'dishonest',
    title: 'Dishonest',
    description: 'Did you lie, hide things or tell half-truths?',
    suggestedActions: [
      { text: 'Work with a therapist on what made hiding feel safer than telling', frequency: 'weekly' },
      {
        text: 'Review the week: where did you shade the truth, and what would honesty have cost?',
        frequency: 'weekly',
      },
    ],
  },
  {
    id: 'poor-communication',
    title: 'Poor communication',
    description: 'Did hard conversations turn into fights, silences or misunderstandings?',
    suggestedActions: [
      { text: "Learn a technique such as Gottman's soft start-up", frequency: 'once' },
      { text: 'Practise a regular emotional check-in with a friend or family member', frequency: 'weekly' },
      { text: 'Take a communication course or read one book on it', frequency: 'once' },
    ],
  },
  {
    id: 'did-not-defend',
    title: 'Did not defend them from toxic people',
    description: 'Did you stay silent when family, friends or colleagues treated them badly?',
    suggestedActions: [
      { text: 'Write down where your loyalties pulled against them, and why', frequency: 'once' },
      { text: 'Practise setting one boundary with someone who oversteps', frequency: 'weekly' },
    ],
  },
  {
    id: 'work-life-imbalance',
    title: 'Work-life imbalance',
    description: 'Did work (or another commitment) regularly come first?',
    suggestedActions: [
      { text: 'Set a fixed finishing time and keep it', frequency: 'daily' },
      {
        text: 'Review your week: where did your time go, and does it match what you value?',
        frequency: 'weekly',
      },
    ],
  },
  {
    id: 'anger',
    title: 'Anger',
    description: 'Did you shout, slam, insult or frighten them when angry?',
    suggestedActions: [
      { text: 'Join an anger-management course or see a therapist', frequency: 'once' },
      { text: 'Practise a time-out: notice the signs, step away, come back calm', frequency: 'daily' },
    ],
  },
  {
    id: 'jealousy',
    title: 'Jealousy',
    description: 'Did you question their friendships, check their phone, or resent their time apart?',
    suggestedActions: [
      { text: 'Explore the insecurity behind it with a therapist', frequency: 'weekly' },
      { text: 'When the feeling comes, write it down instead of acting on it', frequency: 'daily' },
    ],
  },
  {
    id: 'withdrawing',
    title: 'Withdrawing or stonewalling',
    description: 'Did you shut down, go silent or leave conversations without a word?',
    suggestedActions: [
      { text: 'Learn to ask for a break and say when you will come back (Gottman)', frequency: 'once' },
      {
        text: 'Practise self-soothing: twenty minutes of calm before returning to a hard talk',
        frequency: 'weekly',
      },
    ],
  },
  {
    id: 'broken-promises',
    title: 'Broken promises',
    description: 'Did you often say you would do something and then not do it?',
    suggestedActions: [
      { text: 'Make only commitments you write down, and review them', frequency: 'weekly' },
      { text: 'Keep one small daily commitment to yourself', frequency: 'daily' },
    ],
  },
  {
    id: 'neglected-intimacy',
    title: 'Neglected intimacy',
    description: 'Did closeness, affection or sex fade without being talked about?',
    suggestedActions: [
      { text: "Read about desire and intimacy, such as Emily Nagoski's work", frequency: 'once' },
      { text: 'Reflect in writing on what got in the way of closeness', frequency: 'weekly' },
    ],
  },
  {
    id: 'substance-use',
    title: 'Substance use',
    description: 'Did drinking, drugs or gambling affect how you treated them or showed up?',
    suggestedActions: [
      { text: 'Talk to a doctor or a support service about your use', frequency: 'once' },
      { text: 'Go to a support group meeting', frequency: 'weekly' },
      { text: 'Keep a daily log of use and what triggered it', frequency: 'daily' },
    ],
  },
];

/** A catalogue entry by id, or undefined for an unknown id. */
export function catalogueBehaviour(id: string): CatalogueBehaviour | undefined {
  return BEHAVIOUR_CATALOGUE.find((entry) => entry.id === id);
}
