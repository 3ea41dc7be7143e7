import type { FeatureHistory } from '../core/risk/features/feature-history.js';
import { rankingMetrics, type RankingMetrics } from '../core/risk/evaluation/ranking-metrics.js';
import { createRiskScorer } from '../core/risk/model/risk-scorer.js';
import type { RiskInput } from '../core/risk/risk-input.js';
import type { RiskEngine } from './risk-engine.js';

/** A new model and the active one measured on the same most recent labelled period. */
export interface HoldoutComparison {
  from: string;
  to: string;
  rows: number;
  frauds: number;
  candidate: RankingMetrics;
  active?: {
    version: string;
    metrics: RankingMetrics;
    /** False when the active model was trained on part of this period: its figures flatter it. */
    comparable: boolean;
  };
}

/**
 * Scores the held-out period with the active model too, from the same point-in-time history the
 * candidate started from (a copy: replaying a period adds it to the history).
 */
export async function compareOnHoldout(
  engine: RiskEngine,
  options: { heldOut: readonly RiskInput[]; history: FeatureHistory; metrics: RankingMetrics; cutoff: string },
): Promise<HoldoutComparison> {
  const { heldOut } = options;
  const rows = [...heldOut.keys()].filter((i) => heldOut[i]!.label);
  const labels = rows.map((i) => heldOut[i]!.label!);
  const dates = heldOut.map((i) => i.date).sort();
  const comparison: HoldoutComparison = {
    from: options.cutoff,
    to: dates.at(-1) ?? options.cutoff,
    rows: rows.length,
    frauds: labels.filter((l) => l.fraud === 1).length,
    candidate: options.metrics,
  };
  const activeVersion = await engine.risk.activeModel();
  const artifact = activeVersion ? await engine.risk.loadModel(activeVersion) : undefined;
  if (!artifact) return comparison;
  const scored = createRiskScorer(artifact, { history: options.history }).scoreTimeline(heldOut);
  comparison.active = {
    version: artifact.version,
    metrics: rankingMetrics(
      rows.map((i) => scored.probabilities[i]!),
      labels,
    ),
    comparable: artifact.training.to < options.cutoff,
  };
  return comparison;
}
