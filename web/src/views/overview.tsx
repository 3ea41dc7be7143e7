import { useState } from 'preact/hooks';
import { formatNumber, formatPercent, query } from '../api.js';
import { Chart, LANE_COLOURS } from '../chart.js';
import { DataTable } from '../data-table.js';
import { defaultFilter, Filters, type FilterValue } from '../filters.js';
import type { Meta, Tally } from '../types.js';
import { useApi } from '../use-api.js';
import { Loading } from './states.js';

interface Overview {
  totals: Tally & { rejected: number; revenueRaised: number; meanQuality: number };
  perDay: (Tally & { date: string; revenueRaised: number; meanQuality: number })[];
  lanes: (Tally & { lane: string })[];
  topChapters: (Tally & { code: string; label?: string; customsValue: number })[];
  topOrigins: (Tally & { code: string; label?: string; customsValue: number })[];
  qualityTrend: { week: string; meanScore: number; withErrors: number }[];
}

/** What happened: volumes, lanes, hit rates, revenue, what is declared from where, and quality over time. */
export function OverviewView(props: { meta: Meta }) {
  const [filter, setFilter] = useState<FilterValue>(defaultFilter(props.meta));
  const loaded = useApi<Overview>(`/v1/analytics/overview${query({ ...filter })}`);
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">Overview</h1>
      <Filters meta={props.meta} value={filter} onChange={setFilter} />
      {loaded?.state === 'ok' ? <OverviewBody data={loaded.data} /> : <Loading loaded={loaded} />}
    </section>
  );
}

function OverviewBody({ data }: { data: Overview }) {
  const { totals } = data;
  const scored = data.lanes.some((lane) => lane.lane !== 'unscored');
  return (
    <>
      <ul class="kpis" aria-label="Totals">
        <li>
          <span>Declarations</span>
          <strong>{formatNumber(totals.declarations)}</strong>
          <small>{formatNumber(totals.rejected)} rejected</small>
        </li>
        <li>
          <span>Inspected</span>
          <strong>{formatNumber(totals.inspected)}</strong>
          <small>{formatNumber(totals.hits)} found fraud</small>
        </li>
        <li>
          <span>Hit rate</span>
          <strong>{formatPercent(totals.hitRate)}</strong>
          <small>of inspections</small>
        </li>
        <li>
          <span>Revenue raised</span>
          <strong>{formatNumber(totals.revenueRaised)}</strong>
          <small>after inspection</small>
        </li>
        <li>
          <span>Mean quality</span>
          <strong>{totals.meanQuality.toFixed(1)}</strong>
          <small>score 0-100</small>
        </li>
      </ul>
      <div class="grid">
        <article class="panel wide">
          <h2>Declarations per day</h2>
          <Chart
            label={`Declarations per day, ${data.perDay.length} days`}
            option={{
              tooltip: { trigger: 'axis' },
              legend: { top: 0, itemGap: 24 },
              grid: { left: 48, right: 48, top: 30, bottom: 28 },
              xAxis: { type: 'category', data: data.perDay.map((day) => day.date) },
              yAxis: [
                { type: 'value', name: 'declarations' },
                {
                  type: 'value',
                  name: 'hit rate',
                  max: 1,
                  axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
                },
              ],
              series: [
                {
                  name: 'Declarations',
                  type: 'bar',
                  data: data.perDay.map((day) => day.declarations),
                  itemStyle: { color: '#3b82c4' },
                },
                {
                  name: 'Hit rate',
                  type: 'line',
                  yAxisIndex: 1,
                  showSymbol: false,
                  data: data.perDay.map((day) => day.hitRate),
                  itemStyle: { color: '#d64545' },
                },
              ],
            }}
          />
        </article>
        <article class="panel">
          <h2>Lanes</h2>
          {!scored && <p class="note">The risk engine has not scored these declarations yet: they show as unscored.</p>}
          <Chart
            label="Share of declarations per lane"
            height={180}
            option={{
              tooltip: { trigger: 'item' },
              series: [
                {
                  type: 'pie',
                  radius: ['45%', '75%'],
                  data: data.lanes.map((lane) => ({
                    name: lane.lane,
                    value: lane.declarations,
                    itemStyle: { color: LANE_COLOURS[lane.lane] },
                  })),
                },
              ],
            }}
          />
          <DataTable
            caption="Hit rate per lane"
            rowKey={(row) => row.lane}
            rows={data.lanes}
            columns={[
              { label: 'Lane', cell: (row) => <span class={`lane lane-${row.lane}`}>{row.lane}</span> },
              { label: 'Declarations', numeric: true, cell: (row) => formatNumber(row.declarations) },
              { label: 'Inspected', numeric: true, cell: (row) => formatNumber(row.inspected) },
              { label: 'Hit rate', numeric: true, cell: (row) => formatPercent(row.hitRate) },
            ]}
          />
        </article>
        <TopPanel title="Top HS chapters" rows={data.topChapters} />
        <TopPanel title="Top origins" rows={data.topOrigins} />
        <article class="panel">
          <h2>Revenue raised per day</h2>
          {data.totals.revenueRaised === 0 && (
            <p class="note">
              No inspection has raised revenue in this selection (the sample data carries no revenue column).
            </p>
          )}
          <Chart
            label="Revenue raised per day"
            height={180}
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 56, right: 16, top: 16, bottom: 28 },
              xAxis: { type: 'category', data: data.perDay.map((day) => day.date) },
              yAxis: { type: 'value' },
              series: [
                { type: 'bar', data: data.perDay.map((day) => day.revenueRaised), itemStyle: { color: '#2f9e6b' } },
              ],
            }}
          />
        </article>
        <article class="panel">
          <h2>Quality trend</h2>
          <Chart
            label="Mean quality score per week"
            height={180}
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 40, right: 16, top: 16, bottom: 28 },
              xAxis: { type: 'category', data: data.qualityTrend.map((week) => week.week) },
              yAxis: { type: 'value', min: (value: { min: number }) => Math.floor(value.min - 2), max: 100 },
              series: [
                {
                  type: 'line',
                  showSymbol: false,
                  data: data.qualityTrend.map((week) => week.meanScore),
                  itemStyle: { color: '#7c5cc4' },
                },
              ],
            }}
          />
        </article>
      </div>
    </>
  );
}

function TopPanel(props: { title: string; rows: Overview['topChapters'] }) {
  return (
    <article class="panel">
      <h2>{props.title}</h2>
      <DataTable
        caption={props.title}
        rowKey={(row) => row.code}
        rows={props.rows}
        columns={[
          {
            label: 'Code',
            cell: (row) => (
              <span title={row.label}>
                {row.code} <small class="muted">{truncate(row.label)}</small>
              </span>
            ),
          },
          { label: 'Declarations', numeric: true, cell: (row) => formatNumber(row.declarations) },
          { label: 'Hit rate', numeric: true, cell: (row) => formatPercent(row.hitRate) },
        ]}
      />
    </article>
  );
}

const truncate = (text: string | undefined) => (text && text.length > 38 ? `${text.slice(0, 36)}…` : (text ?? ''));
