import { BUCKET_SQL } from './quality-groups.js';
import { SqlParams, type SqlRunner } from './sql-runner.js';

export interface SqlStatement {
  sql: string;
  values: unknown[];
}

/**
 * Rebuilds the day totals of the given dates from the declaration rows: the catch-up calls it
 * with the dates a batch touched, so each day is recounted from scratch (never drifts).
 */
export function rebuildDaysSql(dialect: SqlRunner['dialect'], dates: readonly string[]): SqlStatement[] {
  const statement = (build: (params: SqlParams) => string): SqlStatement => {
    const params = new SqlParams(dialect);
    const sql = build(params);
    return { sql, values: params.values };
  };
  const buckets = BUCKET_SQL.map((condition) => `sum(CASE WHEN ${condition} THEN 1 ELSE 0 END)`).join(', ');
  return [
    statement((p) => `DELETE FROM analytics_daily WHERE issue_date IN ${p.list(dates)}`),
    statement(
      (
        p,
      ) => `INSERT INTO analytics_daily (issue_date, office, source, lane, ecommerce, declarations, rejected, inspected,
        hits, revenue_raised, score_sum, with_errors, b0, b1, b2, b3, b4, b5)
      SELECT a.issue_date, a.office, a.source, coalesce(a.lane, 'unscored'), a.ecommerce, count(*),
        sum(CASE WHEN a.status = 'rejected' THEN 1 ELSE 0 END), sum(CASE WHEN a.fraud IS NOT NULL THEN 1 ELSE 0 END),
        sum(CASE WHEN a.fraud = 1 THEN 1 ELSE 0 END), sum(coalesce(a.revenue_raised, 0)), sum(a.quality_score),
        sum(a.has_error), ${buckets}
      FROM analytics_declarations a WHERE a.issue_date IN ${p.list(dates)}
      GROUP BY a.issue_date, a.office, a.source, coalesce(a.lane, 'unscored'), a.ecommerce`,
    ),
    statement((p) => `DELETE FROM analytics_daily_rules WHERE issue_date IN ${p.list(dates)}`),
    statement(
      (p) => `INSERT INTO analytics_daily_rules (issue_date, office, source, ecommerce, rule_id, severity, declarations)
      SELECT a.issue_date, a.office, a.source, a.ecommerce, a.rule_id, min(a.severity), count(*)
      FROM analytics_rule_hits a WHERE a.issue_date IN ${p.list(dates)}
      GROUP BY a.issue_date, a.office, a.source, a.ecommerce, a.rule_id`,
    ),
  ];
}
