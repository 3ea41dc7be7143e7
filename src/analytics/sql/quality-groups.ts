import type { ResolvedFilter } from '../../core/ports/analytics-store.js';
import { SCORE_BUCKETS, type QualityGroup } from '../../core/validation/summarise-quality.js';
import { filterWhere } from './filter-sql.js';
import { num, SqlParams, type SqlRunner } from './sql-runner.js';
import { round1 } from './tally.js';

/** Additive quality sums of a group: merged across rows, then turned into a QualityGroup. */
export interface QualitySums {
  declarations: number;
  scoreSum: number;
  withErrors: number;
  buckets: number[];
}

export const BUCKET_SQL = [
  'a.quality_score < 20',
  'a.quality_score >= 20 AND a.quality_score < 40',
  'a.quality_score >= 40 AND a.quality_score < 60',
  'a.quality_score >= 60 AND a.quality_score < 80',
  'a.quality_score >= 80 AND a.quality_score < 100',
  'a.quality_score >= 100',
];

/** Aggregate columns of QualitySums over `analytics_declarations a`. */
export const SUM_COLUMNS = `count(*) AS declarations, sum(a.quality_score) AS score_sum, sum(a.has_error) AS with_errors,
  ${BUCKET_SQL.map((condition, index) => `sum(CASE WHEN ${condition} THEN 1 ELSE 0 END) AS b${index}`).join(', ')}`;

/** The same sums over the day totals `analytics_daily a`. */
export const CUBE_SUM_COLUMNS = `sum(a.declarations) AS declarations, sum(a.score_sum) AS score_sum,
  sum(a.with_errors) AS with_errors, ${BUCKET_SQL.map((_condition, index) => `sum(a.b${index}) AS b${index}`).join(', ')}`;

export function toSums(row: Record<string, unknown>): QualitySums {
  return {
    declarations: num(row.declarations),
    scoreSum: num(row.score_sum),
    withErrors: num(row.with_errors),
    buckets: BUCKET_SQL.map((_condition, index) => num(row[`b${index}`])),
  };
}

export function emptySums(): QualitySums {
  return { declarations: 0, scoreSum: 0, withErrors: 0, buckets: BUCKET_SQL.map(() => 0) };
}

export function addSums(into: QualitySums, part: QualitySums): QualitySums {
  into.declarations += part.declarations;
  into.scoreSum += part.scoreSum;
  into.withErrors += part.withErrors;
  part.buckets.forEach((count, index) => (into.buckets[index] = (into.buckets[index] ?? 0) + count));
  return into;
}

/** `into - part`, for segments defined as what is left. */
export function subtractSums(into: QualitySums, part: QualitySums): QualitySums {
  into.declarations -= part.declarations;
  into.scoreSum -= part.scoreSum;
  into.withErrors -= part.withErrors;
  part.buckets.forEach((count, index) => (into.buckets[index] = (into.buckets[index] ?? 0) - count));
  return into;
}

export function toGroup(key: string, sums: QualitySums, topRules: QualityGroup['topRules']): QualityGroup {
  return {
    key,
    declarations: sums.declarations,
    meanScore: sums.declarations === 0 ? 0 : round1(sums.scoreSum / sums.declarations),
    withErrors: sums.withErrors,
    buckets: Object.fromEntries(
      SCORE_BUCKETS.map((bucket, index) => [bucket, sums.buckets[index] ?? 0]),
    ) as QualityGroup['buckets'],
    topRules,
  };
}

export interface RuleCount {
  key: string;
  ruleId: string;
  severity: 'error' | 'warning';
  declarations: number;
}

/** Runs a query over a filter: `build` gets the params (filter values first) and the WHERE clause. */
export function filtered<T extends object>(
  runner: SqlRunner,
  filter: ResolvedFilter,
  build: (params: SqlParams, where: string) => string,
): Promise<T[]> {
  const params = new SqlParams(runner.dialect);
  const where = filterWhere(filter, params);
  return runner.all<T>(build(params, where), params.values);
}

export function toRuleCounts(rows: { key: unknown; rule_id: string; severity: string; n: unknown }[]): RuleCount[] {
  return rows.map((row) => ({
    key: String(row.key),
    ruleId: row.rule_id,
    severity: row.severity === 'error' ? 'error' : 'warning',
    declarations: num(row.n),
  }));
}

/** The most failed rules of a list of counts, most first, ties by rule id (as summariseQuality). */
export function topRules(counts: readonly RuleCount[], top: number): QualityGroup['topRules'] {
  const merged = new Map<string, number>();
  for (const count of counts) merged.set(count.ruleId, (merged.get(count.ruleId) ?? 0) + count.declarations);
  return [...merged]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([ruleId, declarations]) => ({ ruleId, declarations }));
}
