import type { BinnedMatrix } from '../core/risk/gbdt/binning.js';
import { binOffsets } from '../core/risk/gbdt/histogram.js';

/** Slots of the control array shared by the main thread and a histogram worker. */
export const CONTROL = { seq: 0, done: 1, start: 2, end: 3, featureCount: 4, stop: 5, failed: 6 } as const;

/** SharedArrayBuffers handed to a worker once; every round only writes into them. */
export interface SharedHistogramMemory {
  rows: number;
  cols: number;
  bins: SharedArrayBuffer;
  binCounts: SharedArrayBuffer;
  offsets: SharedArrayBuffer;
  grad: SharedArrayBuffer;
  hess: SharedArrayBuffer;
  index: SharedArrayBuffer;
  features: SharedArrayBuffer;
  scratch: SharedArrayBuffer;
  control: SharedArrayBuffer;
}

export function allocateSharedMemory(binned: BinnedMatrix): SharedHistogramMemory {
  const offsets = binOffsets(binned);
  const share = (bytes: number): SharedArrayBuffer => new SharedArrayBuffer(Math.max(8, bytes));
  const memory: SharedHistogramMemory = {
    rows: binned.rows,
    cols: binned.cols,
    bins: share(binned.bins.length),
    binCounts: share(binned.binCounts.length * 2),
    offsets: share(offsets.length * 4),
    grad: share(binned.rows * 8),
    hess: share(binned.rows * 8),
    index: share(binned.rows * 4),
    features: share(binned.cols * 4),
    scratch: share(offsets[binned.cols]! * 2 * 8),
    control: share(8 * 4),
  };
  new Uint8Array(memory.bins).set(binned.bins);
  new Uint16Array(memory.binCounts).set(binned.binCounts);
  new Int32Array(memory.offsets).set(offsets);
  return memory;
}

export function viewSharedMemory(memory: SharedHistogramMemory) {
  return {
    binned: {
      rows: memory.rows,
      cols: memory.cols,
      bins: new Uint8Array(memory.bins),
      binCounts: new Uint16Array(memory.binCounts),
    } satisfies BinnedMatrix,
    offsets: new Int32Array(memory.offsets),
    grad: new Float64Array(memory.grad),
    hess: new Float64Array(memory.hess),
    index: new Uint32Array(memory.index),
    features: new Int32Array(memory.features),
    scratch: new Float64Array(memory.scratch),
    control: new Int32Array(memory.control),
  };
}
