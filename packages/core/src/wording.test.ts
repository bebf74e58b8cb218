// Holds everything core says to the user to the product's rules: no guarantees, no manipulation
// tactics (PRODUCT.md, "No manipulation features, ever").
import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_CATALOGUE } from './behaviour-catalogue';
import { MOTIVES_QUESTIONS } from './motives-questions';
import { scoreMotives } from './motives-scoring';
import { outreachState } from './outreach-state';
import { programPlan } from './program-steps';
import { promptsFor, WRITING_PROMPTS, type PromptContext } from './prompts';
import { SIGNAL_KIND_INFO } from './signal-kinds';
import {
  attemptRating,
  lonelyAttempt,
  OPEN_NOW,
  openInput,
  readyAttempt,
  riskyAnswers,
} from '../test/program-fixtures';

const BANNED = [
  'guarantee',
  'make them miss you',
  'miss you more',
  'jealous',
  'win them back',
  'win back',
  'get them back',
  'get your ex back',
  'make them want',
  'they will come back',
  'trick',
  'tactic',
  'playing hard to get',
  'scarcity',
  'secret',
  'manipulat',
  '100%',
  'will work',
  'for sure',
  'never fail',
];

function bannedIn(text: string): string[] {
  const lower = text.toLowerCase();
  return BANNED.filter((phrase) => lower.includes(phrase));
}

describe('writing prompts', () => {
  it('cover onboarding, step 1 and step 2, with unique ids', () => {
    for (const context of [
      'onboarding',
      'step-1',
      'step-2',
      'after-slip',
      'self-work',
    ] satisfies PromptContext[]) {
      expect(promptsFor(context).length).toBeGreaterThan(0);
    }
    expect(new Set(WRITING_PROMPTS.map((p) => p.id)).size).toBe(WRITING_PROMPTS.length);
  });

  it.each(WRITING_PROMPTS.map((p) => [p.id, `${p.text} ${p.hint ?? ''}`]))(
    '%s has no banned wording',
    (_id, text) => {
      expect(bannedIn(text)).toEqual([]);
    },
  );

  it('catches the banned words it is meant to catch', () => {
    expect(bannedIn('We GUARANTEE results')).toEqual(['guarantee']);
    expect(bannedIn('Make them miss you with silence')).toEqual(['make them miss you']);
  });
});

describe('everything else core says to the user', () => {
  it('has no guarantee or manipulation wording in signals, motives results, outreach reasons or steps', () => {
    const texts = [
      ...Object.values(SIGNAL_KIND_INFO).flatMap((info) => [info.label, info.description]),
      ...[readyAttempt(), lonelyAttempt(), attemptRating(() => 3), attemptRating(() => 1)].flatMap((a) => {
        const score = scoreMotives(a);
        return [score.headline, score.explanation];
      }),
      ...[
        openInput(),
        openInput({ onboarding: { answers: [riskyAnswers()] } }),
        openInput({
          signals: [
            { kind: 'blocked', at: '2025-02-01' },
            { kind: 'volatile', at: '2025-02-25' },
          ],
        }),
        { behaviours: [], changePlans: [], signals: [] },
      ].flatMap((input) => [
        ...outreachState(input, OPEN_NOW).reasons,
        ...programPlan(input, OPEN_NOW).steps.flatMap((s) => [s.title, ...s.reasons]),
      ]),
    ];
    for (const text of texts) expect(bannedIn(text), text).toEqual([]);
  });

  it('keeps the catalogue and questions free of guarantees and tactics (jealousy is named there as a behaviour)', () => {
    const texts = [
      ...BEHAVIOUR_CATALOGUE.flatMap((b) => [b.description, ...b.suggestedActions.map((a) => a.text)]),
      ...MOTIVES_QUESTIONS.map((q) => q.statement),
    ];
    for (const text of texts)
      expect(
        bannedIn(text).filter((w) => w !== 'jealous'),
        text,
      ).toEqual([]);
  });
});
