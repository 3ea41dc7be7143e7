import { useState } from 'preact/hooks';
import { formatNumber, formatPercent, query } from '../api.js';
import { Chart } from '../chart.js';
import { DataTable } from '../data-table.js';
import { defaultFilter, Filters, shortSource, type FilterValue } from '../filters.js';
import type { Meta, QualityGroup } from '../types.js';
import { useApi } from '../use-api.js';
import { MiniHistogram } from './mini-histogram.js';
import { Loading } from './states.js';

type Filer = QualityGroup & { ecommerce: boolean; occasional: boolean };
interface Quality {
  occasionalMax: number;
  overall: QualityGroup;
  bySource: QualityGroup[];
  segments: { ecommerce: QualityGroup; occasional: QualityGroup; regular: QualityGroup };
  busiestFilers: Filer[];
  weakestFilers: Filer[];
  topRules: { ruleId: string; severity: string; declarations: number }[];
}

const BUCKETS = ['0-19', '20-39', '40-59', '60-79', '80-99', '100'];

/** What each source and filer sends: score distribution, the rules that fail most, e-commerce and occasional filers apart. */
export function QualityView(props: { meta: Meta }) {
  const [filter, setFilter] = useState<FilterValue>(defaultFilter(props.meta));
  const [role, setRole] = useState<'declarant' | 'importer'>('declarant');
  const loaded = useApi<Quality>(`/v1/analytics/quality${query({ ...filter, filer: role, limit: 15 })}`);
  return (
    <section aria-labelledby="quality-title">
      <h1 id="quality-title">Data quality</h1>
      <Filters meta={props.meta} value={filter} onChange={setFilter} />
      <fieldset class="toggle">
        <legend>Filers are</legend>
        {(['declarant', 'importer'] as const).map((value) => (
          <label>
            <input type="radio" name="filer" value={value} checked={role === value} onChange={() => setRole(value)} />{' '}
            {value}s
          </label>
        ))}
      </fieldset>
      {loaded?.state === 'ok' ? <QualityBody data={loaded.data} role={role} /> : <Loading loaded={loaded} />}
    </section>
  );
}

function QualityBody({ data, role }: { data: Quality; role: string }) {
  const groups = [data.overall, ...data.bySource];
  return (
    <>
      <ul class="kpis" aria-label="Segments">
        {(
          [
            ['All declarations', data.overall],
            ['E-commerce', data.segments.ecommerce],
            [`Occasional ${role}s (≤ ${data.occasionalMax})`, data.segments.occasional],
            ['Regular', data.segments.regular],
          ] as const
        ).map(([label, group]) => (
          <li>
            <span>{label}</span>
            <strong>{group.meanScore.toFixed(1)}</strong>
            <small>
              {formatNumber(group.declarations)} declarations ·{' '}
              {formatPercent(group.withErrors / Math.max(1, group.declarations))} with errors
            </small>
            <small>{group.topRules[0] ? `most failed: ${group.topRules[0].ruleId}` : 'no failing rule'}</small>
          </li>
        ))}
      </ul>
      <div class="grid two">
        <article class="panel wide">
          <h2>Score distribution per source</h2>
          <Chart
            label="Quality score distribution per source"
            option={{
              tooltip: { trigger: 'axis' },
              legend: { top: 0, itemGap: 24 },
              grid: { left: 56, right: 16, top: 30, bottom: 28 },
              xAxis: { type: 'category', data: BUCKETS, name: 'score' },
              yAxis: { type: 'value', name: 'declarations' },
              series: groups.map((group) => ({
                name: shortSource(group.key),
                type: 'bar',
                data: BUCKETS.map((bucket) => group.buckets[bucket] ?? 0),
              })),
            }}
          />
        </article>
        <article class="panel">
          <h2>Rules that fail most</h2>
          <DataTable
            caption="Rules that fail most"
            rowKey={(row) => row.ruleId}
            rows={data.topRules}
            columns={[
              {
                label: 'Rule',
                cell: (row) => (
                  <code class="rule" title="Described in docs/validation-rules.md">
                    {row.ruleId}
                  </code>
                ),
              },
              { label: 'Severity', cell: (row) => <span class={`badge ${row.severity}`}>{row.severity}</span> },
              { label: 'Declarations', numeric: true, cell: (row) => formatNumber(row.declarations) },
            ]}
          />
        </article>
        <FilerPanel title={`Weakest ${role}s`} rows={data.weakestFilers} />
        <FilerPanel title={`Busiest ${role}s`} rows={data.busiestFilers} />
      </div>
    </>
  );
}

function FilerPanel(props: { title: string; rows: Filer[] }) {
  return (
    <article class="panel">
      <h2>{props.title}</h2>
      <DataTable
        caption={props.title}
        rowKey={(row) => row.key}
        rows={props.rows}
        columns={[
          {
            label: 'Filer',
            cell: (row) => (
              <>
                {row.key} {row.ecommerce && <span class="badge info">e-commerce</span>}{' '}
                {row.occasional && <span class="badge warning">occasional</span>}
              </>
            ),
          },
          { label: 'Declarations', numeric: true, cell: (row) => formatNumber(row.declarations) },
          { label: 'Mean score', numeric: true, cell: (row) => row.meanScore.toFixed(1) },
          { label: 'Scores 0-100', cell: (row) => <MiniHistogram buckets={row.buckets} /> },
          { label: 'Most failed rule', cell: (row) => <code class="rule">{row.topRules[0]?.ruleId ?? '—'}</code> },
        ]}
      />
    </article>
  );
}
