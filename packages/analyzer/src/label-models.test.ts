// The learned readers: shipped as trained; a category's model adds a finding the rules miss and
// leaves idioms and the rules' own findings alone, its false alarms rare; a component's model decides
// its component.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../scripts/rule-files.js';
import { renderModels, train } from '../scripts/train-models.js';
import { analyze } from './analyze.js';
import { applyModels, NO_MODELS, scoreFeatures, type ModelSet } from './label-models.js';
import { LABEL_MODELS } from './rules/label-models.generated.js';
import { buildDoc } from './structure.js';
import { tokenize } from './tokenize.js';

const found = (category: string, text: string, models = LABEL_MODELS) =>
  analyze(text, { kind: 'message' }, undefined, models).findings.filter((f) => f.category === category);
const crisisOf = (text: string, models = LABEL_MODELS) => found('crisis', text, models);
const threatOf = (text: string, models = LABEL_MODELS) => found('threat', text, models);

describe('learned readers', () => {
  it('are the models the training script makes from the dev corpus, train.jsonl and the fixtures', () => {
    const file = join(import.meta.dirname, 'rules', 'label-models.generated.ts');
    expect(readFileSync(file, 'utf8')).toBe(renderModels(train().models));
    expect(LABEL_MODELS.labels).toEqual(expect.arrayContaining(['crisis', 'threat']));
  }, 180_000);

  it('adds a crisis finding the rules miss, on the sentence that reads most like crisis', () => {
    const text = "I've sorted the passwords and the will. You won't have to deal with any of it.";
    expect(crisisOf(text, NO_MODELS)).toEqual([]);
    const [finding] = crisisOf(text);
    expect(finding).toMatchObject({ category: 'crisis', ruleId: 'crisis.model', severity: 'danger' });
    expect(text.slice(finding!.start, finding!.end)).toBe("I've sorted the passwords and the will");
    expect(finding!.suggestion).toMatch(/988/);
  });

  it('adds nothing where a rule already found crisis language', () => {
    const found = crisisOf("I want to die. I've given the dog to my sister.");
    expect(found.map((f) => f.ruleId)).not.toContain('crisis.model');
    expect(found.length).toBeGreaterThan(0);
  });

  it('leaves the idioms of ANALYZER.md and their kin clean', () => {
    for (const idiom of [
      'This week is killing me, haha.',
      "I'm dying to see the show",
      'I want to die of embarrassment.',
      'I could kill for a coffee right now',
      'I nearly died laughing at your text',
      "I'd rather die than wear that jumper",
      "I'm at the end of my rope with this printer",
    ])
      expect(crisisOf(idiom)).toEqual([]);
  });

  it('keeps false alarms on the unseen near-miss sentences bounded', () => {
    // crisis-unseen.txt is not trained on. Its negatives mirror its positives word for word ("i cant
    // see a way out of the car park", "I hate my life at the moment, this job is awful"), the hardest
    // case for a model of words. Recall comes first: at the threshold trained in 2026-11-29 (three in
    // four calls right on train.jsonl) 31 of 133 raise the gentle crisis message; 16 did at the
    // earlier, stricter threshold, which missed more crisis messages. Not many more than now.
    const negatives = readFixture('crisis-unseen.txt').negatives;
    const alarms = negatives.filter((t) => crisisOf(t).length > 0);
    expect(alarms.length / negatives.length).toBeLessThanOrEqual(0.25);
  });

  it('adds a threat finding the rules miss', () => {
    const text = 'Nice new curtains by the way.';
    expect(threatOf(text, NO_MODELS)).toEqual([]);
    expect(threatOf(text).map((f) => f.ruleId)).toEqual(['threat.model']);
  });

  it('leaves ordinary talk of turning up and of anger clean', () => {
    for (const clean of [
      'Thanks for dropping the jacket round, that was kind of you.',
      'I could kill for a coffee right now',
      "I'm going to kill him when he gets home, he ate my cake",
      'See you at the school gate at three, the kids are excited.',
    ])
      expect(threatOf(clean)).toEqual([]);
    // threat.txt is trained on, so its hard negatives only check the model did learn them.
    const negatives = readFixture('threat.txt').negatives;
    expect(negatives.filter((t) => threatOf(t).length > 0).length / negatives.length).toBeLessThanOrEqual(
      0.02,
    );
  });

  it('scores in the analyzer exactly as from feature strings', () => {
    // The analyzer looks weights up by word id; training scores feature strings. Both must agree.
    const set: ModelSet = {
      labels: ['pressure', 'repair'],
      bias: [-1, -2],
      threshold: [0.5, 0.5],
      weights: { answer: [0, 1.5], 'answer me': [0, 1], 'kind:request': [0, 0.25], 'rule:regret': [1, 3] },
    };
    expect(scoreFeatures(set, ['answer', 'answer me', 'me', 'kind:request'])[0]).toBeCloseTo(
      1 / (1 + Math.exp(-1.75)),
    );
    const text = 'Thanks for the photos. Please answer me by tonight.';
    const [finding] = analyze(text, { kind: 'request' }, { lexicons: {}, rules: [] }, set).findings;
    expect(finding).toMatchObject({ category: 'pressure', ruleId: 'pressure.model', severity: 'warning' });
    expect(text.slice(finding!.start, finding!.end)).toBe('Please answer me by tonight');
  });

  it('lets a component’s model overrule the rules both ways', () => {
    const set: ModelSet = {
      labels: ['repair'],
      bias: [-2],
      threshold: [0.5],
      weights: { 'rule:regret': [0, 3] },
    };
    const doc = buildDoc('some words', tokenize('some words'));
    const out = { findings: [], components: new Set<'regret' | 'repair'>(['regret']) };
    applyModels(set, doc, 'apology', out);
    expect([...out.components]).toEqual(['regret', 'repair']);
    const without = { findings: [], components: new Set<'repair'>(['repair']) };
    applyModels(set, doc, 'apology', without);
    expect([...without.components]).toEqual([]);
  });

  it('lets a category’s model silence the rules’ false alarm, but never a crisis or threat finding', () => {
    const finding = { start: 0, end: 4, ruleId: 'x.rule', severity: 'warning', message: 'm' } as const;
    const set: ModelSet = { labels: ['blame', 'crisis'], bias: [-5, -5], threshold: [0.5, 0.5], weights: {} };
    const doc = buildDoc('some words', tokenize('some words'));
    const out = {
      findings: [
        { ...finding, category: 'blame' as const },
        { ...finding, category: 'crisis' as const, severity: 'danger' as const },
      ],
      components: new Set<'regret'>(),
    };
    applyModels(set, doc, 'message', out);
    expect(out.findings.map((f) => f.category)).toEqual(['crisis']);
  });

  it('runs with the shipped rules only: a caller’s own rule set runs alone unless given the model', () => {
    const text = "I've sorted the passwords and the will. You won't have to deal with any of it.";
    expect(analyze(text, {}, { lexicons: {}, rules: [] }).findings).toEqual([]);
  });
});
