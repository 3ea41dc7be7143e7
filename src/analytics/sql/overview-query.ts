import type { AnalyticsFilter, AnalyticsLane, OverviewAnalytics } from '../../core/ports/analytics-store.js';
import { isoWeek } from '../iso-week.js';
import { filterWhere, TALLY_COLUMNS, type TallyRow } from './filter-sql.js';
import { resolveFilter } from './meta-query.js';
import { num, SqlParams, type SqlRunner } from './sql-runner.js';
import { ratio, round1, toTally } from './tally.js';

interface DayRow extends TallyRow {
  date: string;
  rejected: unknown;
  revenue: unknown;
  quality_sum: unknown;
  with_errors: unknown;
}

const TOP = 10;

/** Declarations per day, lanes, top chapters and origins, revenue and quality trend, in four indexed queries. */
export async function readOverview(runner: SqlRunner, input: AnalyticsFilter): Promise<OverviewAnalytics> {
  const filter = await resolveFilter(runner, input);
  const query = <T extends object>(build: (params: SqlParams, where: string) => string) => {
    const params = new SqlParams(runner.dialect);
    const where = filterWhere(filter, params);
    return runner.all<T>(build(params, where), params.values);
  };
  const [dayLanes, chapters, origins] = await Promise.all([
    query<DayRow & { lane: AnalyticsLane }>(
      (_p, where) => `SELECT a.issue_date AS date, a.lane, sum(a.declarations) AS declarations,
        sum(a.inspected) AS inspected, sum(a.hits) AS hits, sum(a.rejected) AS rejected,
        sum(a.revenue_raised) AS revenue, sum(a.score_sum) AS quality_sum, sum(a.with_errors) AS with_errors
        FROM analytics_daily a WHERE ${where} GROUP BY a.issue_date, a.lane ORDER BY a.issue_date`,
    ),
    query<TallyRow & { code: string; value: unknown }>(topBy('analytics_chapters', 'chapter')),
    query<TallyRow & { code: string; value: unknown }>(topBy('analytics_origins', 'origin')),
  ]);
  const days = sumRows(dayLanes, (row) => row.date);
  const lanes = sumRows(dayLanes, (row) => row.lane);
  const perDay = days.map((row) => ({
    date: row.date,
    ...toTally(row),
    rejected: num(row.rejected),
    revenueRaised: num(row.revenue),
    meanQuality: round1(num(row.quality_sum) / Math.max(1, num(row.declarations))),
  }));
  return {
    filter,
    totals: totalsOf(days),
    perDay,
    lanes: LANE_ORDER.flatMap((lane) => {
      const row = lanes.find((candidate) => candidate.lane === lane);
      return row ? [{ lane, ...toTally(row) }] : [];
    }),
    topChapters: chapters.map((row) => ({ code: row.code, ...toTally(row), customsValue: num(row.value) })),
    topOrigins: origins.map((row) => ({ code: row.code, ...toTally(row), customsValue: num(row.value) })),
    qualityTrend: weekly(days),
  };
}

const LANE_ORDER: AnalyticsLane[] = ['red', 'yellow', 'blue', 'green', 'unscored'];

/** Chapter and origin rows carry the filter columns and the outcome: aliased `a`, they take the same filter. */
function topBy(table: string, column: string) {
  return (_params: SqlParams, where: string) => `SELECT a.${column} AS code, ${TALLY_COLUMNS},
    sum(a.customs_value) AS value
    FROM ${table} a WHERE ${where}
    GROUP BY a.${column} ORDER BY declarations DESC, a.${column} LIMIT ${TOP}`;
}

/** Adds up rows (of day x lane) by a key, numbers converted. */
function sumRows<R extends DayRow>(
  rows: readonly R[],
  keyOf: (row: R) => string,
): (DayRow & { lane: AnalyticsLane })[] {
  const sums = new Map<string, DayRow & { lane: AnalyticsLane }>();
  for (const row of rows) {
    const key = keyOf(row);
    const sum = sums.get(key);
    if (!sum) {
      sums.set(key, { ...row, lane: (row as { lane?: AnalyticsLane }).lane ?? 'unscored' });
      continue;
    }
    for (const field of [
      'declarations',
      'inspected',
      'hits',
      'rejected',
      'revenue',
      'quality_sum',
      'with_errors',
    ] as const)
      sum[field] = num(sum[field]) + num(row[field]);
  }
  return [...sums.values()];
}

function totalsOf(days: readonly DayRow[]): OverviewAnalytics['totals'] {
  const sum = (pick: (row: DayRow) => unknown) => days.reduce((total, row) => total + num(pick(row)), 0);
  const declarations = sum((row) => row.declarations);
  const inspected = sum((row) => row.inspected);
  const hits = sum((row) => row.hits);
  return {
    declarations,
    inspected,
    hits,
    hitRate: ratio(hits, inspected),
    rejected: sum((row) => row.rejected),
    revenueRaised: sum((row) => row.revenue),
    meanQuality: round1(sum((row) => row.quality_sum) / Math.max(1, declarations)),
  };
}

function weekly(days: readonly DayRow[]): OverviewAnalytics['qualityTrend'] {
  const weeks = new Map<string, { declarations: number; quality: number; errors: number }>();
  for (const row of days) {
    if (row.date === '') continue;
    const week = isoWeek(row.date);
    const tally = weeks.get(week) ?? { declarations: 0, quality: 0, errors: 0 };
    tally.declarations += num(row.declarations);
    tally.quality += num(row.quality_sum);
    tally.errors += num(row.with_errors);
    weeks.set(week, tally);
  }
  return [...weeks].map(([week, tally]) => ({
    week,
    declarations: tally.declarations,
    meanScore: round1(tally.quality / tally.declarations),
    withErrors: ratio(tally.errors, tally.declarations),
  }));
}
