import { describe, expect, it } from 'vitest';
import { createPrng } from '../../src/core/risk/gbdt/prng.js';
import { trainGbdt } from '../../src/core/risk/gbdt/train-gbdt.js';
import { startHistogramWorker } from '../../src/risk/worker-histogram-builder.js';

describe('worker-thread histogram builder', () => {
  it('trains the very same model as the in-process builder, run after run', async () => {
    const next = createPrng(5);
    const rows = 3000;
    const cols = 9;
    const data = Float64Array.from({ length: rows * cols }, () => (next() < 0.05 ? Number.NaN : next()));
    const y = Float64Array.from({ length: rows }, (_, i) => (data[i * cols]! + data[i * cols + 4]! > 1 ? 1 : 0));
    const options = {
      train: { x: { rows, cols, data }, y },
      params: { rounds: 15, maxDepth: 6, maxLeaves: 32, subsample: 0.9, colsampleByTree: 0.8 },
      featureNames: Array.from({ length: cols }, (_, i) => `f${i}`),
    };
    const local = trainGbdt(options);
    const worker = await startHistogramWorker();
    try {
      const threaded = trainGbdt({ ...options, createBuilder: worker.createBuilder });
      expect(JSON.stringify(threaded)).toEqual(JSON.stringify(local));
      const again = trainGbdt({ ...options, createBuilder: worker.createBuilder });
      expect(JSON.stringify(again)).toEqual(JSON.stringify(local));
    } finally {
      await worker.close();
    }
  });
});
