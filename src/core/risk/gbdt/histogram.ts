import type { BinnedMatrix } from './binning.js';

/**
 * Gradient/hessian histograms: for every (feature, bin), the sums over a node's rows,
 * interleaved [g, h] at (offsets[f] + bin) * 2. A port so that a worker-thread adapter can
 * build them in parallel over feature blocks.
 */
export interface HistogramBuilder {
  /** Number of doubles in one histogram. */
  readonly size: number;
  /** Gradients and hessians of the current boosting round (one per training row). */
  setGradients(grad: Float64Array, hess: Float64Array): void;
  /** Sums rows `index[start..end)` over `features` into `out` (zeroed by the builder). */
  build(request: HistogramRequest, out: Float64Array): void;
  /** Releases what the builder holds (a worker thread); called once training ends. */
  dispose?(): void;
}

export interface HistogramRequest {
  index: Uint32Array;
  start: number;
  end: number;
  features: Int32Array;
}

export function binOffsets(binned: BinnedMatrix): Int32Array {
  const offsets = new Int32Array(binned.cols + 1);
  for (let f = 0; f < binned.cols; f++) offsets[f + 1] = offsets[f]! + binned.binCounts[f]!;
  return offsets;
}

/** Sums one block of features; shared by the in-process builder and the worker adapter. */
export function accumulateHistogram(
  data: { binned: BinnedMatrix; offsets: Int32Array; grad: Float64Array; hess: Float64Array },
  request: HistogramRequest,
  out: Float64Array,
): void {
  const { binned, offsets, grad, hess } = data;
  const { index, start, end, features } = request;
  const { bins, cols } = binned;
  const nf = features.length;
  for (let k = start; k < end; k++) {
    const r = index[k]!;
    const g = grad[r]!;
    const h = hess[r]!;
    const base = r * cols;
    for (let j = 0; j < nf; j++) {
      const f = features[j]!;
      const o = (offsets[f]! + bins[base + f]!) << 1;
      out[o] = out[o]! + g;
      out[o + 1] = out[o + 1]! + h;
    }
  }
}

export function createLocalHistogramBuilder(binned: BinnedMatrix): HistogramBuilder {
  const offsets = binOffsets(binned);
  let grad: Float64Array = new Float64Array(0);
  let hess: Float64Array = new Float64Array(0);
  return {
    size: offsets[binned.cols]! * 2,
    setGradients(g, h) {
      grad = g;
      hess = h;
    },
    build(request, out) {
      out.fill(0);
      accumulateHistogram({ binned, offsets, grad, hess }, request, out);
    },
  };
}
