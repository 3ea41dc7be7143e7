import type { FeatureMatrix } from '../features/featurize-timeline.js';

/** Bin 0 holds missing values; bins 1..edges.length hold the rest. */
export const MISSING_BIN = 0;

/**
 * Upper edges of each feature's bins: a value v falls in bin 1 + (first j with v <= edges[j]),
 * the last bin being open-ended so that values beyond the training range still have one.
 */
export interface BinEdges {
  edges: Float64Array[];
}

/** Row-major binned copy of a feature matrix (one byte per cell). */
export interface BinnedMatrix {
  rows: number;
  cols: number;
  bins: Uint8Array;
  /** Number of bins per feature, missing bin included. */
  binCounts: Uint16Array;
}

function featureEdges(values: Float64Array, maxBins: number): Float64Array {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort();
  if (sorted.length === 0) return new Float64Array(0);
  const distinct: number[] = [];
  const counts: number[] = [];
  for (const v of sorted) {
    if (distinct.length > 0 && distinct[distinct.length - 1] === v) counts[counts.length - 1]! += 1;
    else {
      distinct.push(v);
      counts.push(1);
    }
  }
  if (distinct.length <= maxBins) return Float64Array.from(distinct);
  const edges: number[] = [];
  const perBin = sorted.length / maxBins;
  let seen = 0;
  let next = perBin;
  for (let j = 0; j < distinct.length; j++) {
    seen += counts[j]!;
    if (seen >= next || j === distinct.length - 1) {
      edges.push(distinct[j]!);
      while (next <= seen) next += perBin;
    }
  }
  return Float64Array.from(edges);
}

/** Quantile edges (at most `maxBins` non-missing bins, so at most 255 with the missing bin). */
export function fitBinEdges(matrix: FeatureMatrix, maxBins = 254): BinEdges {
  const edges: Float64Array[] = [];
  const column = new Float64Array(matrix.rows);
  for (let f = 0; f < matrix.cols; f++) {
    for (let i = 0; i < matrix.rows; i++) column[i] = matrix.data[i * matrix.cols + f]!;
    edges.push(featureEdges(column, Math.min(maxBins, 254)));
  }
  return { edges };
}

export function binOf(edges: Float64Array, value: number): number {
  if (Number.isNaN(value) || edges.length === 0) return MISSING_BIN;
  let lo = 0;
  let hi = edges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value <= edges[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo + 1;
}

export function binMatrix(matrix: FeatureMatrix, binEdges: BinEdges): BinnedMatrix {
  const { rows, cols, data } = matrix;
  const bins = new Uint8Array(rows * cols);
  for (let i = 0; i < rows * cols; i++) bins[i] = binOf(binEdges.edges[i % cols]!, data[i]!);
  const binCounts = Uint16Array.from(binEdges.edges, (e) => e.length + 1);
  return { rows, cols, bins, binCounts };
}
