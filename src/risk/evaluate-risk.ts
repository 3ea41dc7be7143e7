import { performance } from 'node:perf_hooks';
import { FEATURE_INDEX, FEATURE_NAMES } from '../core/risk/features/feature-names.js';
import { selectColumns } from '../core/risk/features/select-columns.js';
import type { FeatureMatrix } from '../core/risk/features/featurize-timeline.js';
import { createPrng } from '../core/risk/gbdt/prng.js';
import type { GbdtModel } from '../core/risk/gbdt/gbdt-model.js';
import { predictLogistic, trainLogistic } from '../core/risk/evaluation/logistic-regression.js';
import { PUBLISHED_FIGURES } from '../core/risk/evaluation/published-figures.js';
import { rankingMetrics, type RankingMetrics } from '../core/risk/evaluation/ranking-metrics.js';
import type { PeriodSummary, RiskEvaluation } from '../core/risk/evaluation/risk-evaluation.js';
import type { RiskParamsOverrides } from '../core/risk/model/default-risk-params.js';
import { createRiskScorer } from '../core/risk/model/risk-scorer.js';
import { trainRiskModel, type TrainRiskModelOptions } from '../core/risk/model/train-risk-model.js';
import type { RiskInput, RiskLabel } from '../core/risk/risk-input.js';

/** Options of one train → test evaluation. */
export interface EvaluateRiskOptions {
  /** Training period; labelled rows train the model, every row feeds its history. */
  train: readonly RiskInput[];
  /** Later period, scored day by day; its labels are only used to measure. */
  test: readonly RiskInput[];
  params?: RiskParamsOverrides;
  /** Also fit and score the baselines (default true). */
  baselines?: boolean;
  createBuilder?: TrainRiskModelOptions['createBuilder'];
}

function summary(inputs: readonly RiskInput[]): PeriodSummary {
  const dates = inputs.map((i) => i.date).sort();
  const labels = inputs.flatMap((i) => (i.label ? [i.label] : []));
  const n = Math.max(1, labels.length);
  return {
    from: dates[0] ?? '',
    to: dates[dates.length - 1] ?? '',
    rows: inputs.length,
    fraud_rate: labels.filter((l) => l.fraud === 1).length / n,
    critical_rate: labels.filter((l) => l.criticalFraud === 2).length / n,
  };
}

function importance(model: GbdtModel): { feature: string; gain: number }[] {
  const gain = new Float64Array(model.featureNames.length);
  for (const tree of model.trees) tree.feature.forEach((f, n) => f >= 0 && (gain[f]! += tree.gain[n]!));
  return model.featureNames.map((feature, f) => ({ feature, gain: gain[f]! })).sort((a, b) => b.gain - a.gain);
}

function labelledRows(inputs: readonly RiskInput[]): number[] {
  return [...inputs.keys()].filter((i) => inputs[i]!.label !== undefined);
}

interface BaselineData {
  train: readonly RiskInput[];
  trainFeatures: FeatureMatrix;
  testFeatures: FeatureMatrix;
  testRows: number[];
  labels: RiskLabel[];
  seed: number;
}

function baselines(data: BaselineData): Record<string, RankingMetrics> {
  const { testFeatures, testRows, labels } = data;
  const next = createPrng(data.seed);
  const random = testRows.map(() => next());
  const hs6Column = FEATURE_INDEX.get('hs6_fraud_rate')!;
  const hs6 = testRows.map((r) => testFeatures.data[r * testFeatures.cols + hs6Column]!);
  const all = Int32Array.from(FEATURE_NAMES.keys());
  const trainRows = labelledRows(data.train);
  const started = performance.now();
  const logistic = trainLogistic(
    selectColumns(data.trainFeatures, all, trainRows),
    Float64Array.from(trainRows, (i) => data.train[i]!.label!.fraud),
  );
  const logisticScores = predictLogistic(logistic, selectColumns(testFeatures, all, testRows));
  const seconds = (performance.now() - started) / 1000;
  return {
    random: rankingMetrics(random, labels),
    hs6_history: rankingMetrics(hs6, labels),
    logistic_regression: { ...rankingMetrics(logisticScores, labels), train_seconds: seconds },
  };
}

/**
 * Trains on `train`, scores `test` point in time (test labels never reach the features) and
 * measures the model next to baselines fitted in the same run: random order, the HS6 history
 * (smoothed fraud rate of the commodity code), and a logistic regression on all features.
 */
export function evaluateRisk(options: EvaluateRiskOptions): RiskEvaluation {
  const t0 = performance.now();
  const trained = trainRiskModel({
    train: options.train,
    params: options.params,
    createdAt: new Date().toISOString(),
    createBuilder: options.createBuilder,
  });
  const t1 = performance.now();
  const scorer = createRiskScorer(trained.artifact, { history: trained.history });
  const scored = scorer.scoreTimeline(options.test);
  const t2 = performance.now();
  const testRows = labelledRows(options.test);
  const labels = testRows.map((i) => options.test[i]!.label!);
  const metrics = rankingMetrics(
    testRows.map((i) => scored.probabilities[i]!),
    labels,
  );
  const gbdt = trained.artifact.gbdt;
  return {
    ...metrics,
    model: {
      version: trained.artifact.version,
      trees: gbdt.trees.length,
      best_iteration: gbdt.bestIteration,
      features: gbdt.featureNames,
      train_seconds: (t1 - t0) / 1000,
      score_seconds: (t2 - t1) / 1000,
    },
    train: summary(options.train),
    test: summary(options.test),
    baselines:
      options.baselines === false
        ? {}
        : baselines({
            train: options.train,
            trainFeatures: trained.features,
            testFeatures: scored.features,
            testRows,
            labels,
            seed: trained.artifact.params.gbdt.seed,
          }),
    published: PUBLISHED_FIGURES,
    feature_importance: importance(gbdt),
  };
}
