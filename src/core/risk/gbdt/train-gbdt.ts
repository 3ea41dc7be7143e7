import type { FeatureMatrix } from '../features/featurize-timeline.js';
import { binMatrix, fitBinEdges } from './binning.js';
import { DEFAULT_GBDT_PARAMS, type GbdtParams } from './gbdt-params.js';
import type { GbdtModel } from './gbdt-model.js';
import { binOffsets, createLocalHistogramBuilder, type HistogramBuilder } from './histogram.js';
import { growTree } from './grow-tree.js';
import type { BinnedMatrix } from './binning.js';
import { createPrng } from './prng.js';
import { predictTree, type Tree } from './tree.js';

export interface LabelledMatrix {
  x: FeatureMatrix;
  /** 0/1 labels, one per row. */
  y: Float64Array;
}

export interface TrainGbdtOptions {
  train: LabelledMatrix;
  /** Early stopping watches the log-loss on this set. */
  valid?: LabelledMatrix;
  params?: Partial<GbdtParams>;
  featureNames: readonly string[];
  /** Histogram builder factory (a worker-thread adapter); in-process by default. */
  createBuilder?: (binned: BinnedMatrix) => HistogramBuilder;
}

function logLoss(y: Float64Array, raw: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    const p = Math.min(Math.max(1 / (1 + Math.exp(-raw[i]!)), 1e-15), 1 - 1e-15);
    sum -= y[i]! ? Math.log(p) : Math.log(1 - p);
  }
  return sum / Math.max(1, y.length);
}

function sampleRows(n: number, share: number, next: () => number): Uint32Array {
  if (share >= 1) {
    const all = new Uint32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return all;
  }
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (next() < share) rows.push(i);
  return Uint32Array.from(rows);
}

function sampleFeatures(n: number, share: number, next: () => number): Int32Array {
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return Int32Array.from(all.slice(0, Math.max(1, Math.round(n * share))).sort((a, b) => a - b));
}

function addTree(tree: Tree, x: FeatureMatrix, raw: Float64Array): void {
  for (let i = 0; i < x.rows; i++) raw[i] = raw[i]! + predictTree(tree, x.data, i * x.cols);
}

function columnMajor(binned: BinnedMatrix): Uint8Array {
  const { rows, cols, bins } = binned;
  const columns = new Uint8Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let f = 0; f < cols; f++) columns[f * rows + r] = bins[r * cols + f]!;
  return columns;
}

/** Trains a logistic-loss histogram GBDT; deterministic for a given `params.seed`. */
export function trainGbdt(options: TrainGbdtOptions): GbdtModel {
  const params: GbdtParams = { ...DEFAULT_GBDT_PARAMS, ...options.params };
  const { train, valid } = options;
  const edges = fitBinEdges(train.x, params.maxBins);
  const binned = binMatrix(train.x, edges);
  const builder = (options.createBuilder ?? createLocalHistogramBuilder)(binned);
  const offsets = binOffsets(binned);
  const next = createPrng(params.seed);
  const n = train.x.rows;
  const positives = train.y.reduce((a, b) => a + b, 0);
  const prior = Math.min(Math.max(positives / Math.max(1, n), 1e-6), 1 - 1e-6);
  const baseScore = Math.log(prior / (1 - prior));
  const raw = new Float64Array(n).fill(baseScore);
  const validRaw = new Float64Array(valid?.x.rows ?? 0).fill(baseScore);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const trees: Tree[] = [];
  const columns = columnMajor(binned);
  const pool: Float64Array[] = [];
  const validLoss: number[] = [];
  let best = { loss: Number.POSITIVE_INFINITY, iteration: 0 };
  for (let round = 0; round < params.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-raw[i]!));
      grad[i] = p - train.y[i]!;
      hess[i] = Math.max(p * (1 - p), 1e-16);
    }
    builder.setGradients(grad, hess);
    const index = sampleRows(n, params.subsample, next);
    const features = sampleFeatures(binned.cols, params.colsampleByTree, next);
    const grown = growTree({ binned, edges, offsets, builder, grad, hess, index, features, columns, pool }, params);
    const tree = grown.tree;
    tree.value = tree.value.map((v) => v * params.learningRate);
    trees.push(tree);
    if (index.length === n) {
      // every row sits in exactly one leaf's slice of the index: no traversal needed
      for (const leaf of grown.leaves) {
        const v = tree.value[leaf.node]!;
        for (let k = leaf.start; k < leaf.end; k++) {
          const r = index[k]!;
          raw[r] = raw[r]! + v;
        }
      }
    } else addTree(tree, train.x, raw);
    if (!valid) continue;
    addTree(tree, valid.x, validRaw);
    const loss = logLoss(valid.y, validRaw);
    validLoss.push(loss);
    if (loss < best.loss) best = { loss, iteration: round + 1 };
    else if (params.earlyStoppingRounds > 0 && round + 1 - best.iteration >= params.earlyStoppingRounds) break;
  }
  builder.dispose?.();
  const bestIteration = valid ? best.iteration : trees.length;
  return {
    format: 'tamga-gbdt',
    version: 1,
    params,
    featureNames: [...options.featureNames],
    baseScore,
    trees: trees.slice(0, bestIteration),
    bestIteration,
    validLoss,
  };
}
