import type { AnalyticsFilter, AnalyticsMeta, ResolvedFilter } from '../../core/ports/analytics-store.js';
import { num, type SqlRunner } from './sql-runner.js';

const DATE_RANGE = `SELECT
  (SELECT min(issue_date) FROM analytics_declarations WHERE issue_date > '') AS first_date,
  (SELECT max(issue_date) FROM analytics_declarations) AS last_date`;

/** Earliest and latest declaration dates (indexed: two index seeks). */
export async function dateRange(runner: SqlRunner): Promise<{ firstDate?: string; lastDate?: string }> {
  const [row] = await runner.all<{ first_date: string | null; last_date: string | null }>(DATE_RANGE, []);
  return {
    ...(row?.first_date ? { firstDate: row.first_date } : {}),
    ...(row?.last_date ? { lastDate: row.last_date } : {}),
  };
}

/** Fills in absent dates with the data's range, so that "everything" is the default view. */
export async function resolveFilter(runner: SqlRunner, filter: AnalyticsFilter): Promise<ResolvedFilter> {
  const range = filter.from && filter.to ? {} : await dateRange(runner);
  return {
    ...filter,
    from: filter.from ?? range.firstDate ?? '0000-01-01',
    to: filter.to ?? range.lastDate ?? '9999-12-31',
  };
}

/** Whether a filter asks for everything the store holds (then store-wide sums answer it). */
export async function coversEverything(runner: SqlRunner, filter: ResolvedFilter): Promise<boolean> {
  if (filter.office !== undefined || filter.source !== undefined) return false;
  const range = await dateRange(runner);
  return filter.from <= (range.firstDate ?? '') && filter.to >= (range.lastDate ?? '');
}

/** Offices stream from their index; sources and counts come from the day totals. */
export async function readMeta(runner: SqlRunner): Promise<AnalyticsMeta> {
  const [range, counts, offices, sources] = await Promise.all([
    dateRange(runner),
    runner.all<{ declarations: unknown; inspected: unknown; scored: unknown }>(
      `SELECT sum(declarations) AS declarations, sum(inspected) AS inspected,
        (SELECT count(*) FROM analytics_lanes) AS scored FROM analytics_daily`,
      [],
    ),
    runner.all<{ office: string; n: unknown }>(
      `SELECT office, count(*) AS n FROM analytics_declarations GROUP BY office`,
      [],
    ),
    runner.all<{ source: string; n: unknown }>(
      `SELECT source, sum(declarations) AS n FROM analytics_daily GROUP BY source`,
      [],
    ),
  ]);
  const total = counts[0];
  const byCount =
    <T extends { n: unknown }>(key: (row: T) => string) =>
    (a: T, b: T) =>
      num(b.n) - num(a.n) || key(a).localeCompare(key(b));
  return {
    declarations: num(total?.declarations),
    ...range,
    offices: offices
      .sort(byCount((row) => row.office))
      .map((row) => ({ office: row.office, declarations: num(row.n) })),
    sources: sources
      .sort(byCount((row) => row.source))
      .map((row) => ({ source: row.source, declarations: num(row.n) })),
    scored: num(total?.scored),
    inspected: num(total?.inspected),
  };
}
