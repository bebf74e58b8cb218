import { describe, expect, it } from 'vitest';
import { pickPair, type ScoredPair } from '../scripts/threshold-pair.js';

const pairs: ScoredPair[] = [
  { add: 0.5, keep: 0.4, f1: 0.8, alarms: 30 },
  { add: 0.7, keep: 0.6, f1: 0.797, alarms: 20 },
  { add: 0.9, keep: 0.9, f1: 0.796, alarms: 12 },
  { add: 0.95, keep: 0.95, f1: 0.78, alarms: 3 },
];

describe('the thresholds a model ships with', () => {
  it('keep the committed pair while its F1 is within the band of the best', () => {
    expect(pickPair(pairs, 0.005, { add: 0.7, keep: 0.6 })).toMatchObject({ add: 0.7, keep: 0.6 });
    expect(pickPair(pairs, 0.005, { add: 0.5, keep: 0.4 })).toMatchObject({ add: 0.5, keep: 0.4 });
  });

  it('move to the band’s pair that flags the fewest clean messages once the committed pair leaves it', () => {
    expect(pickPair(pairs, 0.005, { add: 0.95, keep: 0.95 })).toMatchObject({ add: 0.9, keep: 0.9 });
  });

  it('take the band’s fewest false alarms when nothing is committed or the committed pair was never scored', () => {
    expect(pickPair(pairs, 0.005, null)).toMatchObject({ add: 0.9, keep: 0.9 });
    expect(pickPair(pairs, 0.005, { add: 0.6, keep: 0.1 })).toMatchObject({ add: 0.9, keep: 0.9 });
    expect(pickPair(pairs, 0.001, null)).toMatchObject({ add: 0.5, keep: 0.4 });
  });

  it('break a tie in false alarms by the higher F1', () => {
    const tied = [
      { add: 0.6, keep: 0, f1: 0.7, alarms: 5 },
      { add: 0.8, keep: 0, f1: 0.702, alarms: 5 },
    ];
    expect(pickPair(tied, 0.005, null)).toMatchObject({ add: 0.8 });
  });

  it('refuse to choose from nothing', () => {
    expect(() => pickPair([], 0.005, null)).toThrow(/at least one/);
  });
});
