// The pair tables behind the models and the patterns' alternations: every pair set is found, no
// other pair is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairIndex, PairTable } from './pair-table.js';

describe('PairTable', () => {
  it('finds every pair it holds, and only those, as it grows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(5000), fc.nat(5000), fc.integer()), { maxLength: 400 }),
        fc.array(fc.tuple(fc.nat(5000), fc.nat(5000)), { maxLength: 50 }),
        (entries, probes) => {
          const table = new PairTable<number>();
          const reference = new Map<string, number>();
          for (const [a, b, v] of entries) {
            table.set(a, b, v);
            reference.set(`${a},${b}`, v);
          }
          expect(table.size).toBe(reference.size);
          for (const [key, v] of reference) {
            const [a, b] = key.split(',').map(Number) as [number, number];
            expect(table.get(a, b)).toBe(v);
          }
          for (const [a, b] of probes) expect(table.get(a, b)).toBe(reference.get(`${a},${b}`));
        },
      ),
    );
  });

  it('tells (a, b) from (b, a), answers nothing for a negative id and refuses to store one', () => {
    const table = new PairTable<string>();
    table.set(1, 2, 'one-two');
    expect(table.get(2, 1)).toBeUndefined();
    expect(table.get(-1, 2)).toBeUndefined();
    expect(() => table.set(-1, 2, 'x')).toThrow(RangeError);
  });

  it('keeps two values beside each pair, and the last set wins', () => {
    const index = new PairIndex();
    for (let i = 0; i < 100; i++) index.set(i, i + 1, i * 2, -i);
    index.set(7, 8, 1, 2);
    expect(index.size).toBe(100);
    const at = index.find(7, 8);
    expect([index.first(at), index.second(at)]).toEqual([1, 2]);
    const other = index.find(40, 41);
    expect([index.first(other), index.second(other)]).toEqual([80, -40]);
    expect(index.find(8, 7)).toBe(-1);
  });
});
