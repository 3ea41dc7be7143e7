import type { GbdtModel } from './gbdt-model.js';

/**
 * All trees of a model flattened into typed arrays, for fast batch scoring. Node n of the
 * forest splits on `feature[n]` (−1 for a leaf), compared with `threshold[n]`; children are
 * absolute node indices. Feature indices can be remapped so that the forest reads rows of a
 * wider matrix (the full feature vector) without copying columns.
 */
export interface CompiledForest {
  baseScore: number;
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  missingLeft: Uint8Array;
  value: Float64Array;
}

export function compileForest(model: GbdtModel, columnOf?: (feature: number) => number): CompiledForest {
  const total = model.trees.reduce((sum, t) => sum + t.feature.length, 0);
  const forest: CompiledForest = {
    baseScore: model.baseScore,
    roots: new Int32Array(model.trees.length),
    feature: new Int32Array(total),
    threshold: new Float64Array(total),
    left: new Int32Array(total),
    right: new Int32Array(total),
    missingLeft: new Uint8Array(total),
    value: new Float64Array(total),
  };
  let base = 0;
  model.trees.forEach((tree, t) => {
    forest.roots[t] = base;
    for (let n = 0; n < tree.feature.length; n++) {
      const f = tree.feature[n]!;
      forest.feature[base + n] = f < 0 ? -1 : columnOf ? columnOf(f) : f;
      forest.threshold[base + n] = tree.threshold[n]!;
      forest.left[base + n] = base + tree.left[n]!;
      forest.right[base + n] = base + tree.right[n]!;
      forest.missingLeft[base + n] = tree.missingLeft[n] ? 1 : 0;
      forest.value[base + n] = tree.value[n]!;
    }
    base += tree.feature.length;
  });
  return forest;
}

/** Raw (log-odds) score of the row starting at `data[offset]`. */
export function scoreRow(forest: CompiledForest, data: Float64Array, offset: number): number {
  const { roots, feature, threshold, left, right, missingLeft, value } = forest;
  let sum = forest.baseScore;
  for (let t = 0; t < roots.length; t++) {
    let n = roots[t]!;
    let f = feature[n]!;
    while (f >= 0) {
      const v = data[offset + f]!;
      n = v <= threshold[n]! || (v !== v && missingLeft[n] === 1) ? left[n]! : right[n]!;
      f = feature[n]!;
    }
    sum += value[n]!;
  }
  return sum;
}

/** Raw scores of every row of a row-major matrix with `cols` columns. */
export function scoreRows(forest: CompiledForest, data: Float64Array, cols: number): Float64Array {
  const rows = data.length / cols;
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) out[i] = scoreRow(forest, data, i * cols);
  return out;
}

/**
 * Raw scores of `rows` rows of a row-major matrix, tree by tree over blocks of rows, so that
 * one tree's nodes stay in the CPU cache while a block of rows walks through it.
 */
export function scoreBlock(
  forest: CompiledForest,
  data: Float64Array,
  shape: { cols: number; rows: number },
): Float64Array {
  const { roots, feature, threshold, left, right, missingLeft, value } = forest;
  const { cols, rows } = shape;
  const out = new Float64Array(rows).fill(forest.baseScore);
  const BLOCK = 256;
  for (let start = 0; start < rows; start += BLOCK) {
    const end = Math.min(rows, start + BLOCK);
    for (let t = 0; t < roots.length; t++) {
      const root = roots[t]!;
      for (let i = start; i < end; i++) {
        const offset = i * cols;
        let n = root;
        let f = feature[n]!;
        while (f >= 0) {
          const v = data[offset + f]!;
          n = v <= threshold[n]! || (v !== v && missingLeft[n] === 1) ? left[n]! : right[n]!;
          f = feature[n]!;
        }
        out[i] = out[i]! + value[n]!;
      }
    }
  }
  return out;
}
