import { describe, expect, it } from 'vitest';
import { FEATURE_COUNT } from '../../src/core/risk/features/feature-names.js';
import { scoreBlock } from '../../src/core/risk/gbdt/compiled-forest.js';
import { gaussLegendre } from '../../src/core/risk/gbdt/gauss-legendre.js';
import { rawScore } from '../../src/core/risk/gbdt/gbdt-model.js';
import { linearTreeShap, prepareShapForest } from '../../src/core/risk/gbdt/linear-tree-shap.js';
import { packForest, scorePacked } from '../../src/core/risk/gbdt/packed-forest.js';
import { createPrng } from '../../src/core/risk/gbdt/prng.js';
import { trainGbdt } from '../../src/core/risk/gbdt/train-gbdt.js';
import { treeShap } from '../../src/core/risk/gbdt/tree-shap.js';
import { smallModel } from './support/small-model.js';

/** Few features, deep trees: every path splits on the same feature several times. */
function repeatedSplits() {
  const next = createPrng(11);
  const rows = 4000;
  const cols = 3;
  const data = new Float64Array(rows * cols);
  const y = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const v = [next(), next() < 0.2 ? Number.NaN : next(), next()];
    data.set(v, i * cols);
    const band = Math.floor(v[0]! * 7) % 2 === 0;
    y[i] = band !== v[2]! > 0.5 || Number.isNaN(v[1]!) ? (next() < 0.85 ? 1 : 0) : next() < 0.1 ? 1 : 0;
  }
  const model = trainGbdt({
    train: { x: { rows, cols, data }, y },
    params: { rounds: 30, maxDepth: 9, maxLeaves: 64, learningRate: 0.3 },
    featureNames: ['a', 'b', 'c'],
  });
  return { model, data, rows, cols };
}

describe('linear TreeSHAP', () => {
  it('integrates polynomials up to degree 2k − 1 exactly on [0, 1]', () => {
    for (const k of [1, 3, 6, 8]) {
      const { points, weights } = gaussLegendre(k);
      for (let degree = 0; degree <= 2 * k - 1; degree++) {
        const integral = points.reduce((sum, t, q) => sum + weights[q]! * t ** degree, 0);
        expect(integral).toBeCloseTo(1 / (degree + 1), 12);
      }
    }
  });

  it('gives the values of Algorithm 2 on trees that split on one feature again and again', () => {
    const { model, data, cols } = repeatedSplits();
    const forest = prepareShapForest(model);
    for (let i = 0; i < 200; i++) {
      const reference = treeShap(model, data, i * cols);
      const linear = linearTreeShap(forest, data, i * cols);
      expect(linear.bias).toBeCloseTo(reference.bias, 12);
      linear.values.forEach((v, j) => expect(v).toBeCloseTo(reference.values[j]!, 10));
      const sum = linear.values.reduce((a, b) => a + b, linear.bias);
      expect(sum).toBeCloseTo(rawScore(model, data, i * cols), 10);
    }
  });

  it('gives the values of Algorithm 2 on the risk model, rows with missing values included', () => {
    const { scorer, valid } = smallModel();
    const forest = prepareShapForest(scorer.artifact.gbdt);
    let withMissing = 0;
    for (const input of valid.slice(0, 60)) {
      const full = scorer.features(input);
      const row = Float64Array.from(scorer.columns, (c) => full[c]!);
      if (row.some(Number.isNaN)) withMissing++;
      const reference = treeShap(scorer.artifact.gbdt, row);
      linearTreeShap(forest, row).values.forEach((v, j) => expect(v).toBeCloseTo(reference.values[j]!, 10));
    }
    expect(withMissing).toBeGreaterThan(0);
  });
});

describe('packed forest', () => {
  it('scores exactly as the compiled forest, on bins, missing values to the side each split learnt', () => {
    const { model, data, rows, cols } = repeatedSplits();
    const packed = packForest(model, (f) => f)!;
    const fast = scorePacked(packed, data, { cols, rows });
    for (let i = 0; i < rows; i++) expect(fast[i]).toBe(rawScore(model, data, i * cols));
  });

  it('scores the risk model from full feature rows as the compiled forest does', () => {
    const { scorer, valid } = smallModel();
    expect(scorer.packed).toBeDefined();
    const data = new Float64Array(valid.length * FEATURE_COUNT);
    valid.forEach((input, i) => data.set(scorer.features(input), i * FEATURE_COUNT));
    const packed = scorePacked(scorer.packed!, data, { cols: FEATURE_COUNT, rows: valid.length });
    const compiled = scoreBlock(scorer.forest, data, { cols: FEATURE_COUNT, rows: valid.length });
    expect(Array.from(packed)).toEqual(Array.from(compiled));
  });

  it('declines a model it cannot pack (more than 31 features), so callers fall back', () => {
    const names = Array.from({ length: 40 }, (_v, i) => `f${i}`);
    const model = { ...repeatedSplits().model, featureNames: names };
    expect(packForest(model, (f) => f)).toBeUndefined();
  });
});
