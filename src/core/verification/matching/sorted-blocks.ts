/** One block: record indices sorted by a number (mass, day), with those numbers alongside. */
interface Block {
  indices: Int32Array;
  values: Float64Array;
}

/**
 * Blocks of records under string keys, each sorted by a value, so that a lookup returns the
 * records of a block whose value lies in a range (binary search) instead of the whole block.
 * Records with no value (NaN) are kept apart and always returned.
 */
export class SortedBlocks {
  private readonly pending = new Map<string, number[]>();
  private readonly blocks = new Map<string, Block>();
  private readonly valueOf: (index: number) => number;

  constructor(valueOf: (index: number) => number) {
    this.valueOf = valueOf;
  }

  add(key: string, index: number): void {
    const list = this.pending.get(key);
    if (list) list.push(index);
    else this.pending.set(key, [index]);
  }

  /** Sorts every block; call once after the last `add`. */
  seal(): this {
    for (const [key, list] of this.pending) {
      const values = list.map(this.valueOf);
      const order = list.map((_, i) => i).sort((a, b) => compareValues(values[a]!, values[b]!));
      this.blocks.set(key, {
        indices: Int32Array.from(order, (i) => list[i]!),
        values: Float64Array.from(order, (i) => values[i]!),
      });
    }
    this.pending.clear();
    return this;
  }

  get keyCount(): number {
    return this.blocks.size;
  }

  /** Calls `visit` for each record of the block whose value is in [low, high], and for those with none. */
  range(key: string, bounds: { low: number; high: number }, visit: (index: number) => void): void {
    const block = this.blocks.get(key);
    if (!block) return;
    const { indices, values } = block;
    const all = !Number.isFinite(bounds.low) && !Number.isFinite(bounds.high);
    let i = all ? 0 : lowerBound(values, bounds.low);
    for (; i < values.length; i++) {
      const value = values[i]!;
      if (Number.isNaN(value)) {
        visit(indices[i]!);
        continue;
      }
      if (!all && value > bounds.high) break;
      visit(indices[i]!);
    }
    // Records without a value sort last; reach them when the range stopped early.
    for (let j = values.length - 1; j >= i && Number.isNaN(values[j]!); j--) visit(indices[j]!);
  }
}

function compareValues(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}

function lowerBound(values: Float64Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = values[middle]!;
    if (!Number.isNaN(value) && value < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
