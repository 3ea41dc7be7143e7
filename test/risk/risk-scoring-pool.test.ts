import { describe, expect, it } from 'vitest';
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
});
