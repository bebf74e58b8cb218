// A hash table from a pair of small non-negative integers (word ids) to a value. The scan looks up
// the next word after nearly every word of a message; a Map per first word boxed every lookup and
// was a good part of the index's time. Open addressing over typed arrays keeps it to a few reads.

export class PairTable<V> {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private values: (V | undefined)[];
  private mask: number;
  size = 0;

  constructor(capacity = 16) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.firsts = new Int32Array(slots).fill(-1);
    this.seconds = new Int32Array(slots);
    this.values = new Array<V | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    return h & this.mask;
  }

  get(a: number, b: number): V | undefined {
    if (a < 0 || b < 0) return undefined;
    for (let i = this.slot(a, b); ; i = (i + 1) & this.mask) {
      const first = this.firsts[i]!;
      if (first === -1) return undefined;
      if (first === a && this.seconds[i] === b) return this.values[i];
    }
  }

  set(a: number, b: number, value: V): void {
    if (a < 0 || b < 0) throw new RangeError(`PairTable keys are non-negative, not (${a}, ${b})`);
    if ((this.size + 1) * 2 > this.firsts.length) this.grow();
    for (let i = this.slot(a, b); ; i = (i + 1) & this.mask) {
      const first = this.firsts[i]!;
      if (first === -1) {
        this.firsts[i] = a;
        this.seconds[i] = b;
        this.values[i] = value;
        this.size++;
        return;
      }
      if (first === a && this.seconds[i] === b) {
        this.values[i] = value;
        return;
      }
    }
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    const slots = firsts.length * 2;
    this.firsts = new Int32Array(slots).fill(-1);
    this.seconds = new Int32Array(slots);
    this.values = new Array<V | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
    this.size = 0;
    for (let i = 0; i < firsts.length; i++)
      if (firsts[i] !== -1) this.set(firsts[i]!, seconds[i]!, values[i]!);
  }
}
