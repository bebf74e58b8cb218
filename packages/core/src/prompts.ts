// Writing prompts in the product's voice: warm, direct, about the user's own part, and never promising
// an outcome or suggesting a tactic. They are data so every screen and the CLI ask the same questions,
// and a test can hold all of them to the wording rules at once.

/** Where a prompt is offered. */
export type PromptContext = 'onboarding' | 'step-1' | 'step-2' | 'after-slip' | 'self-work';

/** One writing prompt; `hint` is a gentle nudge shown under the question. */
export interface WritingPrompt {
  readonly id: string;
  readonly context: PromptContext;
  readonly text: string;
  readonly hint?: string;
}

/** Every writing prompt, grouped by context in the order they are offered. */
export const WRITING_PROMPTS: readonly WritingPrompt[] = [
  {
    id: 'onboarding-what-happened',
    context: 'onboarding',
    text: 'In a few sentences, how did it end?',
    hint: 'Write it as plainly as you would to a friend you trust. Nobody else will read this.',
  },
  {
    id: 'onboarding-what-you-want',
    context: 'onboarding',
    text: 'What are you hoping for from this program?',
    hint: 'Whatever the answer turns out to be, this program is meant to leave you better off.',
  },
  {
    id: 'onboarding-who-supports-you',
    context: 'onboarding',
    text: 'Who can you talk to while you go through this?',
    hint: 'A friend, a family member, a therapist. You do not have to do this alone.',
  },
  {
    id: 'step1-what-i-miss',
    context: 'step-1',
    text: 'What do you miss: them as a person, or the life you had together?',
    hint: 'Both are human. Knowing which is louder helps you decide what to do next.',
  },
  {
    id: 'step1-their-side',
    context: 'step-1',
    text: 'Describe a hard moment from their side. What did they see, hear and feel?',
    hint: 'Stay with their experience. Leave your reasons for another page.',
  },
  {
    id: 'step1-pattern',
    context: 'step-1',
    text: 'Which of your behaviours showed up more than once, and what usually set it off?',
  },
  {
    id: 'step1-change-for-me',
    context: 'step-1',
    text: 'Which change would you make even if you never spoke to them again? Why?',
    hint: 'Change that lasts is change you want for yourself.',
  },
  {
    id: 'step1-their-no',
    context: 'step-1',
    text: 'If they say no, what would accepting that well look like for you?',
  },
  {
    id: 'step2-today',
    context: 'step-2',
    text: 'How are you today, honestly?',
    hint: 'A line is enough. Some days are heavier than others.',
  },
  {
    id: 'step2-urge',
    context: 'step-2',
    text: 'When did you most want to contact them this week, and what did you do with that feeling?',
  },
  {
    id: 'step2-unsent',
    context: 'step-2',
    text: 'Write what you would like to say to them, knowing it will not be sent.',
    hint: 'This letter is for you. It stays here.',
  },
  {
    id: 'step2-life-beyond',
    context: 'step-2',
    text: 'What did you do for yourself this week that had nothing to do with them?',
  },
  {
    id: 'step2-space-for-them',
    context: 'step-2',
    text: 'What might this space be giving them that they need?',
  },
  {
    id: 'slip-what-happened',
    context: 'after-slip',
    text: 'What happened just before you reached out?',
    hint: 'No judgement here. Understanding the moment helps you handle the next one.',
  },
  {
    id: 'slip-next-time',
    context: 'after-slip',
    text: 'Next time the urge comes, what will you do instead?',
  },
  {
    id: 'self-work-values',
    context: 'self-work',
    text: 'What kind of partner or friend do you want to be, with anyone?',
  },
  {
    id: 'self-work-support',
    context: 'self-work',
    text: 'What support would help you most right now, and who could give it?',
  },
];

/** The prompts for one context, in order. */
export function promptsFor(context: PromptContext): WritingPrompt[] {
  return WRITING_PROMPTS.filter((prompt) => prompt.context === context);
}
