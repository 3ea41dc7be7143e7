import { formatPercent } from '../api.js';
import { Chart } from '../chart.js';
import { DataTable } from '../data-table.js';
import type { Capabilities } from '../types.js';
import { useApi } from '../use-api.js';
import { Empty, Loading } from './states.js';

interface Models {
  active: string;
  versions: {
    version: string;
    createdAt: string;
    trainedFrom: string;
    trainedTo: string;
    metrics: { precision_at_5: number; precision_at_10: number; auc: number };
  }[];
}
interface Performance {
  byWeek: { week: string; inspected: number; hits: number; precision: number }[];
  scoreDrift: { period: string; histogram: number[] }[];
  ruleBacktests: Record<string, unknown>[];
}

/** Whether the model still works: precision over time, score drift, rule backtests, versions. */
export function ModelView(props: { capabilities: Capabilities }) {
  const models = useApi<Models>(props.capabilities.riskModels ? '/v1/risk/models' : undefined);
  const performance = useApi<Performance>(props.capabilities.riskPerformance ? '/v1/risk/performance' : undefined);
  if (!props.capabilities.riskModels && !props.capabilities.riskPerformance) {
    return (
      <section aria-labelledby="model-title">
        <h1 id="model-title">Model</h1>
        <Empty
          title="No model information yet"
          text="This server has no risk model endpoints (GET /v1/risk/models and /v1/risk/performance answer 404). Precision, drift and backtests appear here when they do."
        />
      </section>
    );
  }
  return (
    <section aria-labelledby="model-title">
      <h1 id="model-title">Model</h1>
      <div class="grid">
        {performance?.state === 'ok' ? (
          <>
            <article class="panel wide">
              <h2>Precision on inspected declarations, per week</h2>
              <Chart
                label="Weekly precision"
                option={{
                  tooltip: { trigger: 'axis' },
                  grid: { left: 48, right: 16, top: 16, bottom: 28 },
                  xAxis: { type: 'category', data: performance.data.byWeek.map((w) => w.week) },
                  yAxis: { type: 'value', max: 1 },
                  series: [{ type: 'line', data: performance.data.byWeek.map((w) => w.precision) }],
                }}
              />
            </article>
            <article class="panel wide">
              <h2>Score distribution drift</h2>
              <Chart
                label="Score histograms per period"
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: { top: 0, itemGap: 24 },
                  grid: { left: 48, right: 16, top: 30, bottom: 28 },
                  xAxis: {
                    type: 'category',
                    data: (performance.data.scoreDrift[0]?.histogram ?? []).map(
                      (_v, i, all) => `${Math.round((i / all.length) * 100)}%`,
                    ),
                  },
                  yAxis: { type: 'value' },
                  series: performance.data.scoreDrift.map((period) => ({
                    name: period.period,
                    type: 'line',
                    showSymbol: false,
                    data: period.histogram,
                  })),
                }}
              />
            </article>
            <article class="panel wide">
              <h2>Rule backtests</h2>
              <DataTable
                caption="Rule backtests"
                rowKey={(row) => JSON.stringify(row)}
                rows={performance.data.ruleBacktests}
                columns={Object.keys(performance.data.ruleBacktests[0] ?? {}).map((key) => ({
                  label: BACKTEST_LABELS[key] ?? key,
                  numeric: ['hits', 'inspected', 'frauds', 'hitRate', 'decisive'].includes(key),
                  cell: (row: Record<string, unknown>) => backtestCell(key, row[key]),
                }))}
              />
            </article>
          </>
        ) : (
          <Loading
            loaded={performance}
            missing="Model performance is not available yet (GET /v1/risk/performance answers 404)."
          />
        )}
        {models?.state === 'ok' ? (
          <article class="panel wide">
            <h2>Model versions</h2>
            <DataTable
              caption="Model versions"
              rowKey={(row) => row.version}
              rows={models.data.versions}
              columns={[
                {
                  label: 'Version',
                  cell: (row) => (
                    <>
                      {row.version} {row.version === models.data.active && <span class="badge ok">active</span>}
                    </>
                  ),
                },
                { label: 'Trained on', cell: (row) => `${row.trainedFrom} … ${row.trainedTo}` },
                { label: 'Precision@5%', numeric: true, cell: (row) => formatPercent(row.metrics.precision_at_5) },
                { label: 'Precision@10%', numeric: true, cell: (row) => formatPercent(row.metrics.precision_at_10) },
                { label: 'AUC', numeric: true, cell: (row) => row.metrics.auc.toFixed(3) },
              ]}
            />
          </article>
        ) : (
          <Loading loaded={models} missing="Model versions are not available yet (GET /v1/risk/models answers 404)." />
        )}
      </div>
    </section>
  );
}

/** Backtest columns as an officer reads them; a column the API adds later shows under its key. */
const BACKTEST_LABELS: Record<string, string> = {
  ruleSet: 'Rule set',
  rule: 'Rule',
  lane: 'Lane',
  hits: 'Hits',
  inspected: 'Inspected',
  frauds: 'Frauds',
  hitRate: 'Hit rate',
  decisive: 'Decided the lane',
  issues: 'Issues',
  computedAt: 'Replayed',
};

function backtestCell(key: string, value: unknown) {
  if (key === 'lane' && typeof value === 'string') return <span class={`lane lane-${value}`}>{value}</span>;
  if (key === 'hitRate' && typeof value === 'number') return formatPercent(value);
  if (key === 'computedAt' && typeof value === 'string') return value.slice(0, 16).replace('T', ' ');
  return text(value);
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
