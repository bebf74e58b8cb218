// The probe sets (corpus/probes): messages of one category and their near misses, written apart
// from the corpus and the rules. Crisis comes first, so nearly every crisis message in them must
// raise the crisis finding; for every set, the near misses must stay mostly quiet.
import { describe, expect, it } from 'vitest';
import { probeFiles, scoreProbe } from '../scripts/eval-probes.js';
import { probesDir, readFixture } from '../scripts/rule-files.js';
import { CATEGORIES } from '../src/types.js';

describe('probe sets', () => {
  const files = probeFiles();

  it('are named for a category, hold both kinds of message, and none twice', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      expect(CATEGORIES).toContain(file.split('-')[0]);
      const { positives, negatives } = readFixture(file, probesDir);
      expect(positives.length).toBeGreaterThanOrEqual(100);
      expect(negatives.length).toBeGreaterThanOrEqual(100);
      const all = [...positives, ...negatives];
      expect(new Set(all).size, file).toBe(all.length);
    }
  });

  for (const file of files.filter((f) => f.startsWith('crisis-'))) {
    it(`${file}: at least 95% of crisis messages raise the crisis finding`, () => {
      const p = scoreProbe(file);
      expect(p.caught.models / p.positives, p.missed.join('\n')).toBeGreaterThanOrEqual(0.95);
      // Recall first, but the near misses are ordinary messages: most must stay quiet.
      expect(p.alarms.models / p.negatives).toBeLessThanOrEqual(0.3);
    });
  }

  for (const file of files.filter((f) => f.startsWith('threat-'))) {
    it(`${file}: the near misses mostly stay quiet`, () => {
      const p = scoreProbe(file);
      expect(p.alarms.models / p.negatives, p.flagged.join('\n')).toBeLessThanOrEqual(0.15);
    });
  }
});
