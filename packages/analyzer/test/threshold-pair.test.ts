import { describe, expect, it } from 'vitest';
import { pickByKeptBack, pickPair, type ScoredPair } from '../scripts/threshold-pair.js';

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

describe('the thresholds a model ships with, where kept-back sets choose', () => {
  const reach = { band: 0.01, nearBest: 0.005, slack: 1, stick: 0.005 };
  const scored: ScoredPair[] = [
    { add: 0.5, keep: 0.5, f1: 0.76, alarms: 13, keptBack: 0.94 },
    { add: 0.7, keep: 0.5, f1: 0.762, alarms: 7, keptBack: 0.928 },
    { add: 0.8, keep: 0.5, f1: 0.76, alarms: 6, keptBack: 0.911 },
    { add: 0.95, keep: 0.5, f1: 0.765, alarms: 6, keptBack: 0.886 },
    { add: 0.98, keep: 0.5, f1: 0.75, alarms: 5, keptBack: 0.85 },
  ];

  it('take the pair that reads the kept-back sets best among those near the best F1 and within the clean floor', () => {
    // Floor: 6 clean flagged (0.95/0.5 and 0.8/0.5 are within 0.005 of 0.765); 0.5/0.5 flags 13.
    expect(pickByKeptBack(scored, reach, { add: 0.95, keep: 0.5 })).toMatchObject({ add: 0.7, keep: 0.5 });
    expect(pickByKeptBack(scored, { ...reach, slack: 7 }, null)).toMatchObject({ add: 0.5, keep: 0.5 });
  });

  it('never leave the band of F1, however well a pair reads the kept-back sets', () => {
    expect(pickByKeptBack(scored, { ...reach, band: 0.004, slack: 10 }, null)).toMatchObject({ add: 0.7 });
    expect(pickByKeptBack(scored, { ...reach, band: 0, slack: 10 }, null)).toMatchObject({ add: 0.95 });
  });

  it('keep the committed pair while it reads the kept-back sets nearly as well as the best candidate', () => {
    expect(pickByKeptBack(scored, { ...reach, stick: 0.02 }, { add: 0.8, keep: 0.5 })).toMatchObject({
      add: 0.8,
    });
    expect(pickByKeptBack(scored, reach, { add: 0.8, keep: 0.5 })).toMatchObject({ add: 0.7 });
  });

  it('break a tie on the kept-back sets by fewer clean messages flagged', () => {
    const tied = [
      { add: 0.6, keep: 0, f1: 0.8, alarms: 4, keptBack: 0.9 },
      { add: 0.7, keep: 0, f1: 0.8, alarms: 3, keptBack: 0.9 },
    ];
    expect(pickByKeptBack(tied, reach, null)).toMatchObject({ add: 0.7 });
  });

  it('refuse pairs never scored on the kept-back sets', () => {
    expect(() => pickByKeptBack(pairs, reach, null)).toThrow(/kept-back/);
  });
});
