import type { Lane } from '../core/risk/rules/targeting-rule.js';
import { DECISION_COLUMNS } from './risk-rows.js';

export type RiskDialect = 'sqlite' | 'postgres';

/** Placeholder n (1-based) of a dialect. */
const at = (dialect: RiskDialect, n: number) => (dialect === 'sqlite' ? '?' : `$${n}`);

const LANE_ORDER = "CASE l.lane WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 WHEN 'blue' THEN 2 ELSE 3 END";

/** Current decisions of one day in some lanes, strictest lane and highest score first. */
export function currentDecisionsSql(dialect: RiskDialect, lanes: readonly Lane[]): string {
  const list = lanes.map((_lane, i) => at(dialect, i + 2)).join(', ');
  return `SELECT ${DECISION_COLUMNS} FROM risk_lanes l
    JOIN risk_decisions d ON d.seq = l.decision_seq
    LEFT JOIN risk_explanations e ON e.decision_seq = d.seq
    WHERE l.issue_date = ${at(dialect, 1)} AND l.lane IN (${list})
    ORDER BY ${LANE_ORDER}, l.score DESC, l.declaration_id
    LIMIT ${at(dialect, lanes.length + 2)}`;
}

/**
 * Per day and current lane: declarations, those with an outcome, and the frauds among them. The
 * outcome that counts is the latest of the two sources (an inspection result wins a tie).
 */
export function laneTalliesSql(dialect: RiskDialect): string {
  const later = dialect === 'sqlite' ? 'r.recorded_at >= o.recorded_at' : 'r.recorded_at::timestamptz >= o.recorded_at';
  return `WITH o AS (
      SELECT x.id, x.fraud, x.recorded_at FROM inspection_outcomes x
      WHERE x.seq IN (SELECT max(y.seq) FROM inspection_outcomes y GROUP BY y.id)),
    r AS (
      SELECT x.declaration_id AS id, x.fraud, x.recorded_at FROM risk_inspections x
      WHERE x.seq IN (SELECT max(y.seq) FROM risk_inspections y GROUP BY y.declaration_id))
    SELECT l.issue_date AS date, l.lane AS lane, count(*) AS declarations,
      sum(CASE WHEN o.id IS NOT NULL OR r.id IS NOT NULL THEN 1 ELSE 0 END) AS inspected,
      sum(CASE WHEN r.id IS NOT NULL AND (o.id IS NULL OR ${later}) THEN r.fraud ELSE coalesce(o.fraud, 0) END) AS hits
    FROM risk_lanes l
    LEFT JOIN o ON o.id = l.declaration_id
    LEFT JOIN r ON r.id = l.declaration_id
    WHERE l.issue_date >= ${at(dialect, 1)} AND l.issue_date <= ${at(dialect, 2)}
    GROUP BY l.issue_date, l.lane
    ORDER BY l.issue_date, l.lane`;
}

/** Current scores per month of issue date, in `bins` equal bins over [0, 1]. */
export function scoreDistributionSql(dialect: RiskDialect): string {
  const bin =
    dialect === 'sqlite'
      ? `min(CAST(l.score * ${at(dialect, 1)} AS INTEGER), ${at(dialect, 2)} - 1)`
      : `least(floor(l.score * ${at(dialect, 1)})::int, ${at(dialect, 2)} - 1)`;
  return `SELECT substr(l.issue_date, 1, 7) AS period, ${bin} AS bin, count(*) AS n
    FROM risk_lanes l WHERE l.score IS NOT NULL AND l.issue_date <> ''
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

/** The latest outcome of each source for a list of declarations (ids as one JSON array or text array). */
export function latestOutcomesSql(dialect: RiskDialect): string {
  if (dialect === 'sqlite') {
    return `SELECT ids.value AS id,
      (SELECT json_object('fraud', o.fraud, 'critical', o.critical_fraud, 'revenue', o.revenue_raised, 'at', o.recorded_at)
        FROM inspection_outcomes o WHERE o.id = ids.value ORDER BY o.seq DESC LIMIT 1) AS declared,
      (SELECT json_object('fraud', r.fraud, 'critical', r.critical_fraud, 'revenue', r.revenue_raised, 'at', r.recorded_at)
        FROM risk_inspections r WHERE r.declaration_id = ids.value ORDER BY r.seq DESC LIMIT 1) AS inspected
      FROM json_each(?) ids`;
  }
  return `SELECT ids.id,
    (SELECT json_build_object('fraud', o.fraud, 'critical', o.critical_fraud, 'revenue', o.revenue_raised, 'at', o.recorded_at)
      FROM inspection_outcomes o WHERE o.id = ids.id ORDER BY o.seq DESC LIMIT 1) AS declared,
    (SELECT json_build_object('fraud', r.fraud, 'critical', r.critical_fraud, 'revenue', r.revenue_raised, 'at', r.recorded_at)
      FROM risk_inspections r WHERE r.declaration_id = ids.id ORDER BY r.seq DESC LIMIT 1) AS inspected
    FROM unnest($1::text[]) AS ids(id)`;
}

/** Current decisions in some lanes kept with their features and not explained yet, oldest first. */
export function unexplainedSql(dialect: RiskDialect, lanes: readonly Lane[]): string {
  const list = lanes.map((_lane, i) => at(dialect, i + 1)).join(', ');
  return `SELECT ${DECISION_COLUMNS}, d.features FROM risk_lanes l
    JOIN risk_decisions d ON d.seq = l.decision_seq
    LEFT JOIN risk_explanations e ON e.decision_seq = d.seq
    WHERE l.lane IN (${list}) AND d.features IS NOT NULL AND d.explanation IS NULL AND e.decision_seq IS NULL
    ORDER BY d.seq LIMIT ${at(dialect, lanes.length + 1)}`;
}
