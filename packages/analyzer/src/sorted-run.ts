// Sorted runs of integers inside one shared Int32Array, searched by halves. The analyzer keeps its
// word-keyed tables this way (an alternation's keys, the words that can follow a first word): a
// small hash table or object per table, spread over the heap, cost a cache miss on nearly every
// lookup.

/**
 * Which of the `count` items starting at `from` (each `stride` cells, sorted by its first cell) has
 * the key `id`: its index among them, or -1.
 */
export function findSorted(
  cells: Int32Array,
  from: number,
  count: number,
  stride: number,
  id: number,
): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const here = cells[from + stride * mid]!;
    if (here === id) return mid;
    if (here < id) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}
