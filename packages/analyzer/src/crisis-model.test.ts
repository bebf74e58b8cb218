// The crisis model: shipped as trained, it adds a crisis finding the rules miss, leaves idioms and
// the rules' own crisis findings alone, and its false alarms on near-miss sentences stay rare.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderModel, train } from '../scripts/train-crisis.js';
import { analyze } from './analyze.js';
import type { CrisisModel } from './crisis-model.js';
import { CRISIS_MODEL } from './rules/crisis-model.generated.js';

const crisisOf = (text: string, model: CrisisModel | null = CRISIS_MODEL) =>
  analyze(text, { kind: 'message' }, undefined, model).findings.filter((f) => f.category === 'crisis');

describe('crisis model', () => {
  it('is the model the training script makes from the dev corpus', async () => {
    const file = join(import.meta.dirname, 'rules', 'crisis-model.generated.ts');
    expect(readFileSync(file, 'utf8')).toBe(await renderModel(train()));
  }, 60_000);

  it('adds a crisis finding the rules miss, on the sentence that reads most like crisis', () => {
    const text = "I've sorted the passwords and the will. You won't have to deal with any of it.";
    expect(crisisOf(text, null)).toEqual([]);
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
    // so some alarms are accepted (14 of 133 when the model was made), but not many more.
    const file = join(import.meta.dirname, '..', 'test', 'fixtures', 'paraphrases', 'crisis-unseen.txt');
    const negatives = readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2));
    const alarms = negatives.filter((t) => crisisOf(t).length > 0);
    expect(alarms.length / negatives.length).toBeLessThanOrEqual(0.15);
  });

  it('runs with the shipped rules only: a caller’s own rule set runs alone unless given the model', () => {
    const text = "I've sorted the passwords and the will. You won't have to deal with any of it.";
    expect(analyze(text, {}, { lexicons: {}, rules: [] }).findings).toEqual([]);
  });
});
