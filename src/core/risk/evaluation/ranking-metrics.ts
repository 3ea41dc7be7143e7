import { auc, INSPECTION_RATES, rankByScore, topK } from '../metrics.js';
import type { RiskLabel } from '../risk-input.js';

/**
 * Metrics of one scorer on one labelled period, flat and JSON-ready: `precision_at_5` is the
 * fraud precision when the top 5% are inspected, `critical_recall_at_5` the share of all
 * critical frauds (Critical Fraud = 2) found there, `revenue_at_5` the share of raised revenue.
 */
export type RankingMetrics = Record<string, number>;

/** Ranks `scores` (ties by position) and measures it against the labels. */
export function rankingMetrics(scores: ArrayLike<number>, labels: readonly RiskLabel[]): RankingMetrics {
  const fraud = Float64Array.from(labels, (l) => l.fraud);
  const critical = Float64Array.from(labels, (l) => (l.criticalFraud === 2 ? 1 : 0));
  const hasRevenue = labels.some((l) => l.revenueRaised !== undefined);
  const revenue = Float64Array.from(labels, (l) => l.revenueRaised ?? 0);
  const order = rankByScore(scores);
  const out: RankingMetrics = {};
  for (const rate of INSPECTION_RATES) {
    const top = topK(order, fraud, rate);
    const crit = topK(order, critical, rate);
    out[`k_at_${rate}`] = top.k;
    out[`precision_at_${rate}`] = top.precision;
    out[`recall_at_${rate}`] = top.recall;
    out[`critical_precision_at_${rate}`] = crit.precision;
    out[`critical_recall_at_${rate}`] = crit.recall;
    if (hasRevenue) out[`revenue_at_${rate}`] = topK(order, revenue, rate).recall;
  }
  out['auc'] = auc(scores, fraud);
  out['critical_auc'] = auc(scores, critical);
  return out;
}
