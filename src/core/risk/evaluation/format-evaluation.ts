import type { RankingMetrics } from './ranking-metrics.js';
import type { RiskEvaluation } from './risk-evaluation.js';

const COLUMNS: [string, string][] = [
  ['P@1%', 'precision_at_1'],
  ['P@2%', 'precision_at_2'],
  ['P@5%', 'precision_at_5'],
  ['P@10%', 'precision_at_10'],
  ['R@5%', 'recall_at_5'],
  ['R@10%', 'recall_at_10'],
  ['AUC', 'auc'],
  ['crit R@5%', 'critical_recall_at_5'],
  ['crit R@10%', 'critical_recall_at_10'],
];

const NAME_WIDTH = 38;
const width = (label: string): number => Math.max(label.length, 5) + 2;

function cell(metrics: Record<string, unknown>, key: string): string {
  const value = metrics[key];
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(3) : '–';
}

function line(name: string, metrics: Record<string, unknown>): string {
  return [name.padEnd(NAME_WIDTH), ...COLUMNS.map(([label, key]) => cell(metrics, key).padStart(width(label)))].join(
    '',
  );
}

function period(name: string, p: RiskEvaluation['train']): string {
  return `${name}: ${p.from} … ${p.to}, ${p.rows} declarations, fraud ${(p.fraud_rate * 100).toFixed(2)}%, critical ${(p.critical_rate * 100).toFixed(2)}%`;
}

/** The evaluation as a plain-text table: model, baselines of the same run, published figures. */
export function formatRiskEvaluation(result: RiskEvaluation): string {
  const header = ['scorer'.padEnd(NAME_WIDTH), ...COLUMNS.map(([label]) => label.padStart(width(label)))].join('');
  const model = result.model;
  const revenue = typeof result['revenue_at_5'] === 'number';
  const rows = [
    period('train', result.train),
    period('test ', result.test),
    `model ${model.version}: ${model.trees} trees, ${model.features.length} features, trained in ${model.train_seconds.toFixed(1)} s, scored in ${model.score_seconds.toFixed(2)} s`,
    '',
    header,
    '-'.repeat(header.length),
    line('tamga gbdt', result),
    ...Object.entries(result.baselines).map(([name, m]: [string, RankingMetrics]) => line(`baseline: ${name}`, m)),
    '-'.repeat(header.length),
    ...Object.entries(result.published).map(([name, p]) => line(`published: ${name}`, p.metrics)),
    '',
    `top k rows at 1/2/5/10%: ${[1, 2, 5, 10].map((r) => cell(result, `k_at_${r}`).replace('.000', '')).join(' / ')}`,
    revenue
      ? `revenue@5% ${cell(result, 'revenue_at_5')}, revenue@10% ${cell(result, 'revenue_at_10')}`
      : 'revenue@k: the test data has no revenue column',
    `top features (gain): ${result.feature_importance
      .slice(0, 8)
      .map((f) => f.feature)
      .join(', ')}`,
  ];
  return rows.join('\n');
}
