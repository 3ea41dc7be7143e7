import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { BinnedMatrix } from '../core/risk/gbdt/binning.js';
import { accumulateHistogram, type HistogramBuilder } from '../core/risk/gbdt/histogram.js';
import {
  allocateSharedMemory,
  CONTROL,
  viewSharedMemory,
  type SharedHistogramMemory,
} from './shared-histogram-memory.js';

/** A started histogram worker: hands out builders for training runs, one run at a time. */
export interface HistogramWorker {
  createBuilder: (binned: BinnedMatrix) => HistogramBuilder;
  close: () => Promise<void>;
}

/*
 * The worker's program is assembled from the very functions the main thread runs (their
 * compiled text), so it works the same from sources (tsx, vitest: no TypeScript loader in
 * workers on Node 20) and from the build. It receives the shared memory of one training run,
 * then sums one block of features whenever a job is posted in the control array, until told
 * to stop; then it waits for the next run.
 */
interface WorkerDeps {
  accumulate: typeof accumulateHistogram;
  view: typeof viewSharedMemory;
  slot: typeof CONTROL;
}

// Everything it calls comes in `deps`: its text must not name imported bindings, which test
// runners rewrite.
function serve(shared: SharedHistogramMemory, deps: WorkerDeps): void {
  const { accumulate, view, slot } = deps;
  const memory = view(shared);
  const { control } = memory;
  let seen = 0;
  try {
    for (;;) {
      Atomics.wait(control, slot.seq, seen);
      seen = Atomics.load(control, slot.seq);
      if (Atomics.load(control, slot.stop) === 1) return;
      const start = control[slot.start]!;
      const end = control[slot.end]!;
      const features = memory.features.subarray(0, control[slot.featureCount]);
      for (const f of features) memory.scratch.fill(0, memory.offsets[f]! * 2, memory.offsets[f + 1]! * 2);
      accumulate(memory, { index: memory.index, start, end, features }, memory.scratch);
      Atomics.store(control, slot.done, seen);
      Atomics.notify(control, slot.done);
    }
  } catch (error) {
    Atomics.store(control, slot.failed, 1);
    Atomics.notify(control, slot.done);
    throw error;
  }
}

function workerProgram(): string {
  return [
    'const { parentPort } = require("node:worker_threads");',
    'const __name = (f) => f;',
    `const CONTROL = ${JSON.stringify(CONTROL)};`,
    `const accumulateHistogram = ${accumulateHistogram.toString()};`,
    `const viewSharedMemory = ${viewSharedMemory.toString()};`,
    `const serve = ${serve.toString()};`,
    'const deps = { accumulate: accumulateHistogram, view: viewSharedMemory, slot: CONTROL };',
    'parentPort.on("message", (shared) => serve(shared, deps));',
    'parentPort.postMessage("ready");',
  ].join('\n');
}

/**
 * Starts the worker thread and waits until it is ready: the main thread blocks in Atomics.wait
 * during training, so the worker must be up before.
 */
export async function startHistogramWorker(): Promise<HistogramWorker> {
  const worker = new Worker(workerProgram(), { eval: true });
  await once(worker, 'message');
  return {
    createBuilder: (binned) => createBuilder(worker, binned),
    close: async () => {
      await worker.terminate();
    },
  };
}

/**
 * Builds each histogram on two threads: the worker sums the second half of the features while
 * the calling thread sums the first, both reading the same shared binned matrix, gradients and
 * row index. Synchronous for the caller, so the core's GBDT stays synchronous.
 */
function createBuilder(worker: Worker, binned: BinnedMatrix): HistogramBuilder {
  const shared = allocateSharedMemory(binned);
  const view = viewSharedMemory(shared);
  worker.postMessage(shared);
  const { control, offsets } = view;
  let seq = 0;
  return {
    size: offsets[binned.cols]! * 2,
    setGradients(grad, hess) {
      view.grad.set(grad);
      view.hess.set(hess);
    },
    build(request, out) {
      const { start, end, features } = request;
      view.index.set(request.index.subarray(start, end), start);
      const half = features.length >> 1;
      const mine = features.subarray(0, half);
      const theirs = features.subarray(half);
      view.features.set(theirs);
      control[CONTROL.start] = start;
      control[CONTROL.end] = end;
      control[CONTROL.featureCount] = theirs.length;
      Atomics.store(control, CONTROL.seq, ++seq);
      Atomics.notify(control, CONTROL.seq);
      out.fill(0);
      accumulateHistogram(view, { index: view.index, start, end, features: mine }, out);
      while (Atomics.load(control, CONTROL.done) !== seq) {
        if (Atomics.load(control, CONTROL.failed) === 1) throw new Error('the histogram worker thread failed');
        Atomics.wait(control, CONTROL.done, seq - 1, 50);
      }
      for (const f of theirs) {
        const from = offsets[f]! * 2;
        out.set(view.scratch.subarray(from, offsets[f + 1]! * 2), from);
      }
    },
    dispose() {
      // the worker leaves its job loop and waits for the next training run
      Atomics.store(control, CONTROL.stop, 1);
      Atomics.store(control, CONTROL.seq, ++seq);
      Atomics.notify(control, CONTROL.seq);
    },
  };
}
