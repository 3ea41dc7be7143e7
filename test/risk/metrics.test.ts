import { describe, expect, it } from 'vitest';
import { rankingMetrics } from '../../src/core/risk/evaluation/ranking-metrics.js';
import { auc, rankByScore, topK } from '../../src/core/risk/metrics.js';
import type { RiskLabel } from '../../src/core/risk/risk-input.js';

describe('ranking metrics', () => {
  it('takes the top floor(n·p) rows, breaking ties by position', () => {
    const scores = [0.9, 0.5, 0.9, 0.1, 0.5, 0.7, 0.2, 0.3, 0.4, 0.6];
    expect(Array.from(rankByScore(scores))).toEqual([0, 2, 5, 9, 1, 4, 8, 7, 6, 3]);
    const labels = [1, 0, 0, 0, 1, 1, 0, 0, 0, 0];
    const top = topK(rankByScore(scores), labels, 25);
    expect(top).toEqual({ k: 2, hits: 1, precision: 0.5, recall: 1 / 3 });
    expect(topK(rankByScore(scores), labels, 5).k).toBe(0);
  });

  it('computes AUC with ties counted half', () => {
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75, 12);
    expect(auc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
    expect(auc([1, 2, 3], [1, 1, 1])).toBeNaN();
  });

  it('reports fraud and critical-fraud metrics, and revenue only when a revenue is known', () => {
    const labels: RiskLabel[] = Array.from({ length: 100 }, (_, i) => ({
      fraud: i < 20 ? 1 : 0,
      criticalFraud: i < 2 ? 2 : i < 20 ? 1 : 0,
    }));
    const scores = labels.map((_, i) => 100 - i);
    const m = rankingMetrics(scores, labels);
    expect(m['precision_at_10']).toBe(1);
    expect(m['recall_at_10']).toBe(0.5);
    expect(m['critical_recall_at_2']).toBe(1);
    expect(m['auc']).toBe(1);
    expect(m['revenue_at_5']).toBeUndefined();
    const withRevenue = labels.map((l, i) => ({ ...l, revenueRaised: i === 50 ? 1000 : 0 }));
    expect(rankingMetrics(scores, withRevenue)['revenue_at_10']).toBe(0);
  });
});
