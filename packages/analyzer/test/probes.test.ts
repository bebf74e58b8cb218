// The probe sets (corpus/probes): messages of one category and their near misses, written apart
// from the corpus and the rules. Crisis comes first, so nearly every crisis message in them must
// raise the crisis finding; for every set, the near misses must stay mostly quiet. A crisis set kept
// back (KEPT_BACK_PROBES: nothing written or trained from it) measures how far the analyzer reaches
// voices it has not seen; its floor sits just under where it stands (a retrain moves a set by a few
// messages either way), so a real loss shows.
import { describe, expect, it } from 'vitest';
import { probeFiles, scoreProbe } from '../scripts/eval-probes.js';
import {
  choosesThresholds,
  KEPT_BACK_PROBES,
  MEASURE_ONLY_PROBES,
  probesDir,
  readFixture,
} from '../scripts/rule-files.js';
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

  it('keep the last kept-back set of each category that has several out of choosing thresholds', () => {
    const kept = (label: string) => KEPT_BACK_PROBES.filter((f) => f.startsWith(`${label}-`)).sort();
    for (const file of MEASURE_ONLY_PROBES) {
      expect(KEPT_BACK_PROBES, file).toContain(file);
      expect(choosesThresholds(file), file).toBe(false);
    }
    for (const label of CATEGORIES.filter((c) => c !== 'crisis' && c !== 'threat')) {
      const sets = kept(label);
      if (sets.length > 1) expect(MEASURE_ONLY_PROBES, label).toContain(sets[sets.length - 1]);
      expect(sets.filter(choosesThresholds).length, label).toBe(
        sets.length > 1 ? sets.length - 1 : sets.length,
      );
    }
    expect(KEPT_BACK_PROBES.filter((f) => f.startsWith('crisis-')).some(choosesThresholds)).toBe(false);
  });

  // Floors of the crisis sets kept back, as shares caught and flagged. crisis-e arrived at 179 of 200
  // caught and 41 of 140 near misses flagged, and stands at 189 and 40 now that the crisis model reads
  // the other sets (crisis-g is in voices close to its own); crisis-k arrived at 171 and 19, and
  // stands at 178 and 19. crisis-n and crisis-o (session 14) stand at 177 and 10, and 175 and 12;
  // crisis-p and crisis-q (session 15) at 174 of 200 and 18 of 150, and 193 and 16. crisis-r
  // (session 26: crisis buried in long letters, requests and journals beside twins that differ by one
  // sentence) arrived at 562 of 642 and 186 of 647.
  const keptBack: Record<string, [number, number]> = {
    'crisis-e.txt': [0.9, 0.35],
    'crisis-k.txt': [0.8, 0.2],
    'crisis-n.txt': [0.85, 0.1],
    'crisis-o.txt': [0.85, 0.1],
    'crisis-p.txt': [0.85, 0.15],
    'crisis-q.txt': [0.9, 0.15],
    'crisis-r.txt': [0.85, 0.32],
  };
  for (const file of files.filter((f) => f.startsWith('crisis-'))) {
    const [caught, alarms] = keptBack[file] ?? [0.95, 0.3];
    it(`${file} is held back as a measure when it has a floor of its own`, () => {
      expect(KEPT_BACK_PROBES.includes(file)).toBe(keptBack[file] !== undefined);
    });
    it(`${file}: at least ${caught * 100}% of crisis messages raise the crisis finding`, () => {
      const p = scoreProbe(file);
      expect(p.caught.models / p.positives, p.missed.join('\n')).toBeGreaterThanOrEqual(caught);
      // Recall first, but the near misses are ordinary messages: most must stay quiet.
      expect(p.alarms.models / p.negatives).toBeLessThanOrEqual(alarms);
    });
  }

  for (const file of files.filter((f) => f.startsWith('threat-'))) {
    it(`${file}: the near misses mostly stay quiet`, () => {
      const p = scoreProbe(file);
      expect(p.alarms.models / p.negatives, p.flagged.join('\n')).toBeLessThanOrEqual(0.15);
    });
  }
});
