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

/** Per day and current lane: declarations, those with an outcome, and the frauds among them. */
export function laneTalliesSql(dialect: RiskDialect): string {
  return `SELECT l.issue_date AS date, l.lane AS lane, count(*) AS declarations, count(o.declaration_id) AS inspected,
      coalesce(sum(o.fraud), 0) AS hits
    FROM risk_lanes l LEFT JOIN risk_outcomes o ON o.declaration_id = l.declaration_id
    WHERE l.issue_date >= ${at(dialect, 1)} AND l.issue_date <= ${at(dialect, 2)}
    GROUP BY l.issue_date, l.lane
    ORDER BY l.issue_date, l.lane`;
}

/** Declarations per day and current lane, from the lanes index alone. */
export function laneCountsSql(dialect: RiskDialect): string {
  return `SELECT l.issue_date AS date, l.lane AS lane, count(*) AS declarations FROM risk_lanes l
    WHERE l.issue_date >= ${at(dialect, 1)} AND l.issue_date <= ${at(dialect, 2)}
    GROUP BY l.issue_date, l.lane ORDER BY l.issue_date, l.lane`;
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

/** The outcome that counts for each of a list of declarations (ids as one JSON array or a text array). */
export function latestOutcomesSql(dialect: RiskDialect): string {
  const ids = dialect === 'sqlite' ? 'IN (SELECT value FROM json_each(?))' : '= ANY($1::text[])';
  return `SELECT declaration_id AS id, fraud, critical_fraud, revenue_raised, recorded_at, from_inspection
    FROM risk_outcomes WHERE declaration_id ${ids}`;
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
