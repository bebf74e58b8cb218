// The pair table behind the models' word pairs: every pair set is found with its values, no other
// pair is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairIndex } from './pair-table.js';

describe('PairIndex', () => {
  it('finds every pair it holds, with its values, and only those, as it grows and once packed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(5000), fc.nat(5000), fc.integer(), fc.integer()), { maxLength: 400 }),
        fc.array(fc.tuple(fc.nat(5000), fc.nat(5000)), { maxLength: 50 }),
        fc.nat(2000),
        fc.boolean(),
        (entries, probes, capacity, packed) => {
          const index = new PairIndex(capacity);
          const reference = new Map<string, [number, number]>();
          for (const [a, b, v, w] of entries) {
            index.set(a, b, v, w);
            reference.set(`${a},${b}`, [v, w]);
          }
          if (packed) index.pack();
          expect(index.size).toBe(reference.size);
          const valuesAt = (a: number, b: number): [number, number] | undefined => {
            const at = index.find(a, b);
            return at < 0 ? undefined : [index.first(at), index.second(at)];
          };
          for (const [key, values] of reference) {
            const [a, b] = key.split(',').map(Number) as [number, number];
            expect(valuesAt(a, b)).toEqual(values);
          }
          for (const [a, b] of probes) expect(valuesAt(a, b)).toEqual(reference.get(`${a},${b}`));
        },
      ),
    );
  });

  it('packs a table made for more pairs than it got to the smallest at most 85% full', () => {
    const index = new PairIndex(100_000);
    for (let a = 0; a < 100; a++) index.set(a, a + 1, a);
    index.pack();
    expect(index.cellsOf().length).toBe(128 * 4);
    expect(index.first(index.find(42, 43))).toBe(42);
    index.set(500, 501, 7);
    expect(index.first(index.find(500, 501))).toBe(7);
  });

  it('tells (a, b) from (b, a), finds nothing for a negative id and refuses to store one', () => {
    const index = new PairIndex();
    index.set(1, 2, 12);
    expect(index.find(2, 1)).toBe(-1);
    expect(index.find(-1, 2)).toBe(-1);
    expect(() => index.set(-1, 2, 0)).toThrow(RangeError);
  });
});
