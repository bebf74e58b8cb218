// A hash table from a pair of small non-negative integers (word ids) to two integers. The learned
// models look up every word with the next one in every message; a Map per first word boxed every
// lookup. Open addressing over one typed array keeps a lookup to one cache line: each slot holds its
// two keys and two integer values side by side.

const STRIDE = 4;
const EMPTY = -1;
/** How full a table may get while pairs are still being set: half, so most lookups take one probe. */
const GROWING_LOAD = 0.5;
// PACKED_LOAD: a table that will only be read is packed denser (pack()). The analyzer's time goes
// mostly to memory reads that miss the processor's caches (session 33: a message analysed a second
// time took four times as long with the caches emptied between the two runs as without), and a
// denser table is fewer lines to miss. The models' two tables went from 16 to 8 MB (word pairs 54%
// full, three-word runs 81%: about three probes to find one and fourteen to miss, in neighbouring
// cells). The time it saves, with SIXTEEN_BITS (label-models.ts), was within this machine's noise:
// old and new layouts in one process, turn about, read from 2% slower to 3% faster.
const PACKED_LOAD = 0.85;

/** The fewest slots, a power of two and at least 16, that hold `pairs` at most `load` full. */
function slotsFor(pairs: number, load = GROWING_LOAD): number {
  let slots = 16;
  while (slots * load < pairs) slots *= 2;
  return slots;
}

/** Pairs of ids to two integers each (a learned model's row for a word pair, say). */
export class PairIndex {
  /** Per slot: first key (EMPTY when free), second key, first value, second value. */
  private cells: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 16) {
    const slots = slotsFor(capacity);
    this.cells = new Int32Array(slots * STRIDE).fill(EMPTY);
    this.mask = slots - 1;
  }

  /** Its cells as they are, to be stored and given back to fromCells (an analyzer image: image.ts). */
  cellsOf(): Int32Array {
    return this.cells;
  }

  /** An index over cells that cellsOf gave. */
  static fromCells(cells: Int32Array): PairIndex {
    const index = new PairIndex();
    index.cells = cells;
    index.mask = cells.length / STRIDE - 1;
    for (let at = 0; at < cells.length; at += STRIDE) if (cells[at] !== EMPTY) index.size++;
    return index;
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    return h & this.mask;
  }

  /** Where (a, b) is held, to read its values with first() and second(); -1 when it is not. */
  find(a: number, b: number): number {
    if (a < 0 || b < 0) return -1;
    const cells = this.cells;
    for (let i = this.slot(a, b); ; i = (i + 1) & this.mask) {
      const at = i * STRIDE;
      const key = cells[at]!;
      if (key === EMPTY) return -1;
      if (key === a && cells[at + 1] === b) return at;
    }
  }

  first(at: number): number {
    return this.cells[at + 2]!;
  }

  second(at: number): number {
    return this.cells[at + 3]!;
  }

  set(a: number, b: number, first: number, second = 0): void {
    if (a < 0 || b < 0) throw new RangeError(`pair keys are non-negative, not (${a}, ${b})`);
    if (this.size + 1 > (this.cells.length / STRIDE) * GROWING_LOAD) this.grow();
    this.place(a, b, first, second);
  }

  /** Put (a, b) and its values in its slot, with no check on how full the table is. */
  private place(a: number, b: number, first: number, second: number): void {
    const cells = this.cells;
    for (let i = this.slot(a, b); ; i = (i + 1) & this.mask) {
      const at = i * STRIDE;
      const key = cells[at]!;
      if (key === EMPTY) this.size++;
      else if (key !== a || cells[at + 1] !== b) continue;
      cells[at] = a;
      cells[at + 1] = b;
      cells[at + 2] = first;
      cells[at + 3] = second;
      return;
    }
  }

  /** Hold the pairs in the smallest table at most PACKED_LOAD full, for a table that is now only read. */
  pack(): void {
    const slots = slotsFor(this.size, PACKED_LOAD);
    if (slots * STRIDE !== this.cells.length) this.rehash(slots);
  }

  private grow(): void {
    this.rehash((this.cells.length / STRIDE) * 2);
  }

  private rehash(slots: number): void {
    const old = this.cells;
    this.cells = new Int32Array(slots * STRIDE).fill(EMPTY);
    this.mask = slots - 1;
    this.size = 0;
    for (let at = 0; at < old.length; at += STRIDE)
      if (old[at] !== EMPTY) this.place(old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
  }
}
