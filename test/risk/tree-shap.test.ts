import { describe, expect, it } from 'vitest';
import { rawScore, type GbdtModel } from '../../src/core/risk/gbdt/gbdt-model.js';
import { createPrng } from '../../src/core/risk/gbdt/prng.js';
import { trainGbdt } from '../../src/core/risk/gbdt/train-gbdt.js';
import { treeShap } from '../../src/core/risk/gbdt/tree-shap.js';
import type { Tree } from '../../src/core/risk/gbdt/tree.js';

function data(rows: number) {
  const next = createPrng(3);
  const cols = 4;
  const x = new Float64Array(rows * cols);
  const y = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const v = [next(), next(), next() < 0.3 ? Number.NaN : next(), next()];
    x.set(v, i * cols);
    y[i] = (v[0]! > 0.6 && v[1]! < 0.5) || Number.isNaN(v[2]!) ? (next() < 0.9 ? 1 : 0) : next() < 0.15 ? 1 : 0;
  }
  return { x: { rows, cols, data: x }, y };
}

/** E[f(x) | x_S] with the tree's cover as the distribution of the features not in S. */
function conditional(tree: Tree, row: ArrayLike<number>, subset: Set<number>, node = 0): number {
  const f = tree.feature[node]!;
  if (f < 0) return tree.value[node]!;
  const l = tree.left[node]!;
  const r = tree.right[node]!;
  if (subset.has(f)) {
    const v = row[f]!;
    const left = Number.isNaN(v) ? tree.missingLeft[node]! : v <= tree.threshold[node]!;
    return conditional(tree, row, subset, left ? l : r);
  }
  const c = tree.cover[node]!;
  return (tree.cover[l]! * conditional(tree, row, subset, l) + tree.cover[r]! * conditional(tree, row, subset, r)) / c;
}

/** Shapley values by enumerating every subset of features (feasible for 4 features). */
function bruteForceShapley(model: GbdtModel, row: ArrayLike<number>): number[] {
  const m = model.featureNames.length;
  const value = (subset: Set<number>): number => model.trees.reduce((s, t) => s + conditional(t, row, subset), 0);
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  const phi = new Array<number>(m).fill(0);
  for (let mask = 0; mask < 1 << m; mask++) {
    const subset = new Set([...Array(m).keys()].filter((j) => mask & (1 << j)));
    for (let j = 0; j < m; j++) {
      if (subset.has(j)) continue;
      const weight = (factorial(subset.size) * factorial(m - subset.size - 1)) / factorial(m);
      phi[j]! += weight * (value(new Set([...subset, j])) - value(subset));
    }
  }
  return phi;
}

describe('TreeSHAP', () => {
  const train = data(3000);
  const model = trainGbdt({
    train,
    params: { rounds: 25, maxDepth: 5, maxLeaves: 16, learningRate: 0.3 },
    featureNames: ['a', 'b', 'c', 'd'],
  });

  it('contributions plus bias equal the raw score for every row', () => {
    for (let i = 0; i < 100; i++) {
      const { values, bias } = treeShap(model, train.x.data, i * 4);
      const sum = values.reduce((a, b) => a + b, bias);
      expect(sum).toBeCloseTo(rawScore(model, train.x.data, i * 4), 9);
    }
  });

  it('equals the exact Shapley values computed by enumeration', () => {
    for (let i = 0; i < 20; i++) {
      const row = train.x.data.subarray(i * 4, i * 4 + 4);
      const fast = Array.from(treeShap(model, row).values);
      const slow = bruteForceShapley(model, row);
      fast.forEach((v, j) => expect(v).toBeCloseTo(slow[j]!, 9));
    }
  });
});
