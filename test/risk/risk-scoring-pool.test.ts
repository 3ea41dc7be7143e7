import { describe, expect, it } from 'vitest';
import { FEATURE_COUNT } from '../../src/core/risk/features/feature-names.js';
import { startRiskScoringPool } from '../../src/risk/risk-scoring-pool.js';
import { smallModel } from './support/small-model.js';

describe('risk scoring pool', () => {
  it('scores a batch on worker threads exactly as the in-process scorer does', async () => {
    const { trained, scorer, valid } = smallModel();
    const pool = await startRiskScoringPool(trained.artifact, 2);
    try {
      const threaded = await pool.scoreBatch(valid);
      expect(Array.from(threaded)).toEqual(Array.from(scorer.scoreBatch(valid)));
      expect(Array.from(await pool.scoreBatch(valid.slice(0, 3)))).toEqual(
        Array.from(scorer.scoreBatch(valid.slice(0, 3))),
      );
    } finally {
      await pool.close();
    }
  });

  it('scores feature rows written to shared memory by the main thread, identically, without copying them', async () => {
    const { trained, scorer, valid } = smallModel();
    const pool = await startRiskScoringPool(trained.artifact, 2);
    try {
      const rows = new Float64Array(new SharedArrayBuffer(valid.length * FEATURE_COUNT * 8)).fill(Number.NaN);
      scorer.writeRows(valid, rows);
      const threaded = await pool.scoreSharedRows(rows, valid.length);
      expect(Array.from(threaded)).toEqual(Array.from(scorer.scoreBatch(valid)));
      await expect(pool.scoreSharedRows(new Float64Array(FEATURE_COUNT), 1)).rejects.toThrow(/SharedArrayBuffer/);
    } finally {
      await pool.close();
    }
  });
});
