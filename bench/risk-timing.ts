import { performance } from 'node:perf_hooks';
import { explainPrediction } from '../src/core/risk/explain/explain-prediction.js';
import { FEATURE_NAMES } from '../src/core/risk/features/feature-names.js';
import { featureColumns, selectColumns } from '../src/core/risk/features/select-columns.js';
import { predictLogistic, trainLogistic } from '../src/core/risk/evaluation/logistic-regression.js';
import type { RiskScorer } from '../src/core/risk/model/risk-scorer.js';
import type { TrainedRiskModel } from '../src/core/risk/model/train-risk-model.js';
import type { RiskInput } from '../src/core/risk/risk-input.js';

export interface ScoringTimings {
  batchPerSecond: number;
  singleMedianMicros: number;
  singleP99Micros: number;
  explainMedianMillis: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
}

/** Batch throughput (features + trees, frozen history), single-declaration latency, explanation latency. */
export function timeScoring(scorer: RiskScorer, inputs: readonly RiskInput[]): ScoringTimings {
  scorer.scoreBatch(inputs.slice(0, 2000));
  let scored = 0;
  const started = performance.now();
  while (performance.now() - started < 3000) {
    scorer.scoreBatch(inputs);
    scored += inputs.length;
  }
  const batchPerSecond = scored / ((performance.now() - started) / 1000);
  const single: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const input = inputs[(i * 7919) % inputs.length]!;
    const t = performance.now();
    scorer.scoreBatch([input]);
    single.push((performance.now() - t) * 1000);
  }
  single.sort((a, b) => a - b);
  const explain: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    explainPrediction(scorer, inputs[(i * 104729) % inputs.length]!);
    explain.push(performance.now() - t);
  }
  explain.sort((a, b) => a - b);
  return {
    batchPerSecond,
    singleMedianMicros: quantile(single, 0.5),
    singleP99Micros: quantile(single, 0.99),
    explainMedianMillis: quantile(explain, 0.5),
  };
}

/** The logistic baseline on the same rows: fit time and scoring throughput on its features. */
export function timeLogistic(
  trained: TrainedRiskModel,
  inputs: readonly RiskInput[],
): { trainSeconds: number; perSecond: number } {
  const rows = [...inputs.keys()].filter((i) => inputs[i]!.label !== undefined);
  const x = selectColumns(trained.features, featureColumns(FEATURE_NAMES), rows);
  const y = Float64Array.from(rows, (i) => inputs[i]!.label!.fraud);
  const t0 = performance.now();
  const model = trainLogistic(x, y);
  const t1 = performance.now();
  predictLogistic(model, x);
  const t2 = performance.now();
  return { trainSeconds: (t1 - t0) / 1000, perSecond: rows.length / ((t2 - t1) / 1000) };
}
