import type { RankingMetrics } from './ranking-metrics.js';

export interface PeriodSummary {
  from: string;
  to: string;
  rows: number;
  fraud_rate: number;
  critical_rate: number;
}

/**
 * Result of `evaluateRisk`: the model's metrics at top level (`precision_at_5`, `auc`,
 * `critical_recall_at_5`...), baselines measured in the same run, and published figures for
 * display. Plain JSON.
 */
export interface RiskEvaluation {
  [key: string]: unknown;
  model: {
    version: string;
    trees: number;
    best_iteration: number;
    features: string[];
    train_seconds: number;
    score_seconds: number;
  };
  train: PeriodSummary;
  test: PeriodSummary;
  baselines: Record<string, RankingMetrics>;
  published: Record<string, { source: string; metrics: Record<string, number> }>;
  /** Total split gain per feature, largest first. */
  feature_importance: { feature: string; gain: number }[];
}
