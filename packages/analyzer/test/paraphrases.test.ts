// Paraphrase fixtures: for each category, sentences written fresh (not taken from the corpus) that
// say the same thing in many ways, and hard negatives that share its words with a clean meaning.
// Lines starting "+ " must carry the category, lines starting "- " must not; "#" starts a comment.
// Crisis positives must all be caught; for other categories at least 90% of positives, and no
// negative may carry the category. Misses are listed in the failure message. clean.txt holds whole
// messages that must get no finding at all.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturesDir, loadRules, readFixture } from '../scripts/rule-files.js';
import { analyze } from '../src/analyze.js';
import { toShipped } from '../src/rules/schema.js';
import { CATEGORIES, COMPONENTS, type Category, type Component } from '../src/types.js';

// The rules as written in rules/*.yml, so an edited rule is checked before the module is regenerated
// (generated.test.ts keeps the shipped module the same as the YAML).
const rules = toShipped(loadRules());

// A finding category is flagged when a finding carries it; a component when it is present.
const flagged = (text: string, label: Category | Component): boolean => {
  const a = analyze(text, { kind: 'apology' }, rules);
  return (COMPONENTS as readonly string[]).includes(label)
    ? a.components.includes(label as Component)
    : a.findings.some((f) => f.category === label);
};

const files = readdirSync(fixturesDir).filter((f) => f.endsWith('.txt') && f !== 'clean.txt');
// "crisis-unseen.txt" holds more crisis sentences: the label is the name up to the first "-".
const labelOf = (file: string): Category | Component =>
  file.replace(/\.txt$/, '').split('-')[0] as Category | Component;

describe('paraphrase fixtures', () => {
  it('are named after categories or components', () => {
    for (const f of files) expect([...CATEGORIES, ...COMPONENTS]).toContain(labelOf(f));
  });

  it('clean messages get no finding, whatever the kind', () => {
    const flaggedClean = readFixture('clean.txt').negatives.flatMap((t) =>
      (['apology', 'request', 'message'] as const).flatMap((kind) =>
        analyze(t, { kind }, rules).findings.map(
          (f) => `${kind} ${f.category}: ${t.slice(f.start, f.end)} | ${t}`,
        ),
      ),
    );
    expect(flaggedClean).toEqual([]);
  });

  for (const file of files) {
    const category = labelOf(file);
    const { positives, negatives } = readFixture(file);
    const need = category === 'crisis' ? 1 : 0.9;

    it(`${file}: at least ${need * 100}% of ${positives.length} positives are flagged`, () => {
      expect(positives.length).toBeGreaterThanOrEqual(30);
      const missed = positives.filter((t) => !flagged(t, category));
      const rate = 1 - missed.length / positives.length;
      expect(rate >= need ? [] : missed, `missed ${missed.length}/${positives.length}`).toEqual([]);
    });

    it(`${file}: none of ${negatives.length} hard negatives is flagged`, () => {
      expect(negatives.length).toBeGreaterThanOrEqual(20);
      expect(negatives.filter((t) => flagged(t, category))).toEqual([]);
    });
  }
});
