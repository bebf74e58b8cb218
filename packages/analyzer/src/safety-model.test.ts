// The crisis and threat models: shipped as trained, each adds a finding of its category the rules
// miss, leaves idioms and the rules' own findings alone, and its false alarms stay rare.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../scripts/rule-files.js';
import { renderModels, train } from '../scripts/train-safety.js';
import { analyze } from './analyze.js';
import { SAFETY_MODELS } from './rules/safety-models.generated.js';

const found = (category: string, text: string, models = SAFETY_MODELS) =>
  analyze(text, { kind: 'message' }, undefined, models).findings.filter((f) => f.category === category);
const crisisOf = (text: string, models = SAFETY_MODELS) => found('crisis', text, models);
const threatOf = (text: string, models = SAFETY_MODELS) => found('threat', text, models);

describe('safety models', () => {
  it('are the models the training script makes from the dev corpus and the fixtures', async () => {
    const file = join(import.meta.dirname, 'rules', 'safety-models.generated.ts');
    expect(readFileSync(file, 'utf8')).toBe(await renderModels(train()));
    expect(SAFETY_MODELS.map((m) => m.category)).toEqual(['crisis', 'threat']);
  }, 120_000);

  it('adds a crisis finding the rules miss, on the sentence that reads most like crisis', () => {
    const text = "I've sorted the passwords and the will. You won't have to deal with any of it.";
    expect(crisisOf(text, [])).toEqual([]);
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

  it('keeps false alarms on the unseen near-miss sentences rare', () => {
    // crisis-unseen.txt is not trained on. Its negatives mirror its positives word for word ("i cant
    // see a way out of the car park"), the hardest case for a model of words; recall comes first,
    // so some alarms are accepted (16 of 133 when the model was made), but not many more.
    const negatives = readFixture('crisis-unseen.txt').negatives;
    const alarms = negatives.filter((t) => crisisOf(t).length > 0);
    expect(alarms.length / negatives.length).toBeLessThanOrEqual(0.15);
  });

  it('adds a threat finding the rules miss', () => {
    const text = 'Funny how your new place has a blue door. Lovely street.';
    expect(threatOf(text, [])).toEqual([]);
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

  it('runs with the shipped rules only: a caller’s own rule set runs alone unless given the model', () => {
    const text = "I've sorted the passwords and the will. You won't have to deal with any of it.";
    expect(analyze(text, {}, { lexicons: {}, rules: [] }).findings).toEqual([]);
  });
});
