import { describe, expect, it } from 'vitest';
import { binMatrix, binOf, fitBinEdges } from '../../src/core/risk/gbdt/binning.js';
import { compileForest, scoreRows } from '../../src/core/risk/gbdt/compiled-forest.js';
import { rawScore } from '../../src/core/risk/gbdt/gbdt-model.js';
import { createPrng } from '../../src/core/risk/gbdt/prng.js';
import { trainGbdt } from '../../src/core/risk/gbdt/train-gbdt.js';
import { auc } from '../../src/core/risk/metrics.js';

/** Synthetic data with an interaction, a threshold and missing values; labels drawn from a known model. */
function synthetic(rows: number, seed: number) {
  const next = createPrng(seed);
  const cols = 5;
  const data = new Float64Array(rows * cols);
  const y = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const a = next();
    const b = next();
    const c = Math.floor(next() * 50);
    const d = next() < 0.2 ? Number.NaN : next() * 10;
    const noise = next();
    data.set([a, b, c, d, noise], i * cols);
    const logit = 3 * (a > 0.5 && b > 0.5 ? 1 : -0.5) + (c % 7 === 0 ? 2 : 0) + (Number.isNaN(d) ? 1 : -0.1 * d);
    y[i] = next() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
  }
  return { x: { rows, cols, data }, y };
}

const featureNames = ['a', 'b', 'c', 'd', 'noise'];
const params = { rounds: 60, learningRate: 0.2, maxDepth: 6, maxLeaves: 24, subsample: 0.8, colsampleByTree: 0.8 };

describe('histogram GBDT', () => {
  const train = synthetic(4000, 1);
  const test = synthetic(2000, 2);

  it('learns interactions, thresholds and missing values', () => {
    const model = trainGbdt({ train, params, featureNames });
    const scores = Float64Array.from({ length: test.x.rows }, (_, i) => rawScore(model, test.x.data, i * 5));
    expect(auc(scores, test.y)).toBeGreaterThan(0.8);
  });

  it('is deterministic for a seed, and the seed matters', () => {
    const a = JSON.stringify(trainGbdt({ train, params: { ...params, seed: 7 }, featureNames }));
    const b = JSON.stringify(trainGbdt({ train, params: { ...params, seed: 7 }, featureNames }));
    const c = JSON.stringify(trainGbdt({ train, params: { ...params, seed: 8 }, featureNames }));
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it('stops early on a validation set and keeps the best round', () => {
    const model = trainGbdt({
      train,
      valid: test,
      params: { ...params, rounds: 400, learningRate: 0.5, earlyStoppingRounds: 10 },
      featureNames,
    });
    expect(model.trees.length).toBe(model.bestIteration);
    expect(model.validLoss.length).toBeLessThan(400);
    const best = Math.min(...model.validLoss);
    expect(model.validLoss[model.bestIteration - 1]).toBe(best);
  });

  it('scores the same through the flattened forest as tree by tree', () => {
    const model = trainGbdt({ train, params, featureNames });
    const fast = scoreRows(compileForest(model), test.x.data, 5);
    for (let i = 0; i < test.x.rows; i++) expect(fast[i]).toBeCloseTo(rawScore(model, test.x.data, i * 5), 12);
  });

  it('bins into at most 255 bins with a missing bin and open-ended last bin', () => {
    const edges = fitBinEdges(train.x, 254);
    const binned = binMatrix(train.x, edges);
    expect(Math.max(...binned.binCounts)).toBeLessThanOrEqual(255);
    expect(binOf(edges.edges[3]!, Number.NaN)).toBe(0);
    expect(binOf(edges.edges[0]!, 1e9)).toBe(edges.edges[0]!.length);
    expect(binOf(edges.edges[0]!, -1e9)).toBe(1);
    expect(edges.edges[2]!.length).toBe(50);
  });
});
