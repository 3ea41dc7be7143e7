import { createRiskScorer, type RiskScorer } from '../../../src/core/risk/model/risk-scorer.js';
import { trainRiskModel, type TrainedRiskModel } from '../../../src/core/risk/model/train-risk-model.js';
import type { RiskInput } from '../../../src/core/risk/risk-input.js';
import { fixtureInputs } from './fixture-inputs.js';

/** A small model on the fixture split (4,000 rows of 2020), quick enough for unit tests. */
export function smallModel(): {
  trained: TrainedRiskModel;
  scorer: RiskScorer;
  train: RiskInput[];
  valid: RiskInput[];
} {
  const { train, valid } = fixtureInputs();
  const trained = trainRiskModel({
    train,
    createdAt: '2026-01-01T00:00:00Z',
    params: { earlyStoppingShare: 0, gbdt: { rounds: 40, maxDepth: 8, maxLeaves: 64 } },
  });
  const scorer = createRiskScorer(trained.artifact);
  return { trained, scorer, train, valid };
}
