// Searching sorted runs: every key is found at its index, nothing else is, whatever the stride.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSorted } from './sorted-run.js';

describe('findSorted', () => {
  it('finds each key of a sorted run at its index, and answers -1 for any other', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(1000), { maxLength: 60 }),
        fc.integer({ min: 1, max: 3 }),
        fc.nat(5),
        fc.array(fc.integer({ min: -5, max: 1005 }), { maxLength: 20 }),
        (raw, stride, offset, probes) => {
          const keys = [...raw].sort((a, b) => a - b);
          // The run sits after `offset` cells of other data, each item `stride` cells, key first.
          const cells = new Int32Array(offset + stride * keys.length).fill(-7);
          keys.forEach((key, i) => (cells[offset + stride * i] = key));
          keys.forEach((key, i) => expect(findSorted(cells, offset, keys.length, stride, key)).toBe(i));
          for (const id of probes)
            expect(findSorted(cells, offset, keys.length, stride, id)).toBe(keys.indexOf(id));
        },
      ),
    );
  });
});
