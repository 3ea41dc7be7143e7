import { isoWeek } from '../analytics/iso-week.js';
import type { RiskEngine } from './risk-engine.js';

const metric = (metrics: Record<string, number>, key: string) => (Number.isFinite(metrics[key]) ? metrics[key]! : 0);

/** GET /v1/risk/models: the versions, newest first, and the one in use. */
export async function riskModelsView(engine: RiskEngine) {
  const [models, active] = await Promise.all([engine.risk.models(), engine.risk.activeModel()]);
  return {
    active: active ?? null,
    versions: models.map((m) => ({
      version: m.version,
      createdAt: m.createdAt,
      registeredAt: m.registeredAt,
      trainedFrom: m.training.from,
      trainedTo: m.training.to,
      rows: m.training.rows,
      frauds: m.training.frauds,
      measured: Number.isFinite(m.metrics['precision_at_5']),
      metrics: {
        precision_at_5: metric(m.metrics, 'precision_at_5'),
        precision_at_10: metric(m.metrics, 'precision_at_10'),
        auc: metric(m.metrics, 'auc'),
      },
      ...(m.note ? { note: m.note } : {}),
    })),
  };
}

/**
 * GET /v1/risk/performance: precision of the declarations sent red or yellow among those
 * inspected, per ISO week; the score distribution per month (shares in 20 bins, to see drift);
 * and the latest backtest of the active rule set, one row per rule.
 */
export async function riskPerformanceView(engine: RiskEngine) {
  const [tallies, distribution, ruleSet] = await Promise.all([
    engine.risk.laneTallies(),
    engine.risk.scoreDistribution(20),
    engine.risk.activeRuleSet(),
  ]);
  const weeks = new Map<string, { week: string; selected: number; inspected: number; hits: number }>();
  for (const t of tallies) {
    if (t.lane !== 'red' && t.lane !== 'yellow') continue;
    const week = isoWeek(t.date);
    const row = weeks.get(week) ?? { week, selected: 0, inspected: 0, hits: 0 };
    row.selected += t.declarations;
    row.inspected += t.inspected;
    row.hits += t.hits;
    weeks.set(week, row);
  }
  const backtest = ruleSet ? await engine.risk.latestBacktest({ id: ruleSet.id, version: ruleSet.version }) : undefined;
  return {
    byWeek: [...weeks.values()]
      .sort((a, b) => a.week.localeCompare(b.week))
      .map((w) => ({ ...w, precision: w.inspected > 0 ? w.hits / w.inspected : 0 })),
    scoreDrift: distribution.map(({ period, counts }) => {
      const total = counts.reduce((a, b) => a + b, 0);
      return { period, declarations: total, histogram: counts.map((c) => (total > 0 ? c / total : 0)) };
    }),
    ruleBacktests: (backtest?.report.rules ?? []).map((r) => ({
      ruleSet: `${backtest!.report.ruleSet.id} v${backtest!.report.ruleSet.version}`,
      rule: `${r.rule} v${r.version}`,
      lane: r.lane,
      hits: r.hits,
      inspected: r.labelled,
      frauds: r.frauds,
      hitRate: Number.isFinite(r.hitRate) ? Number(r.hitRate.toFixed(3)) : null,
      decisive: r.decisive,
      issues: backtest!.report.issues
        .filter((i) => i.rule === r.rule)
        .map((i) => i.message)
        .join('; '),
      computedAt: backtest!.computedAt,
    })),
  };
}
