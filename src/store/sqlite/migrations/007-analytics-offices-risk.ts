import type { Migration } from '../../migration.js';

/**
 * Dashboard aggregates, third step (src/analytics): day totals per office too (an office filter
 * reads them instead of declaration rows), recounted from the rows already folded in; and, for
 * the risk engine's tables of migration 006, what the catch-up needs to follow its decisions
 * (lanes) and inspection results.
 */
export const analyticsOfficesRiskMigration: Migration = {
  version: 7,
  name: 'analytics-offices-risk',
  sql: `
DROP TABLE analytics_daily;
DROP TABLE analytics_daily_rules;
CREATE TABLE analytics_daily (
  issue_date TEXT NOT NULL,
  office TEXT NOT NULL,
  source TEXT NOT NULL,
  lane TEXT NOT NULL,
  ecommerce INTEGER NOT NULL,
  declarations INTEGER NOT NULL,
  rejected INTEGER NOT NULL,
  inspected INTEGER NOT NULL,
  hits INTEGER NOT NULL,
  revenue_raised REAL NOT NULL,
  score_sum REAL NOT NULL,
  with_errors INTEGER NOT NULL,
  b0 INTEGER NOT NULL,
  b1 INTEGER NOT NULL,
  b2 INTEGER NOT NULL,
  b3 INTEGER NOT NULL,
  b4 INTEGER NOT NULL,
  b5 INTEGER NOT NULL,
  PRIMARY KEY (issue_date, office, source, lane, ecommerce)
) STRICT, WITHOUT ROWID;
CREATE INDEX analytics_daily_by_office ON analytics_daily (office, issue_date);
CREATE TABLE analytics_daily_rules (
  issue_date TEXT NOT NULL,
  office TEXT NOT NULL,
  source TEXT NOT NULL,
  ecommerce INTEGER NOT NULL,
  rule_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  declarations INTEGER NOT NULL,
  PRIMARY KEY (issue_date, office, source, ecommerce, rule_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX analytics_daily_rules_by_office ON analytics_daily_rules (office, issue_date);
INSERT INTO analytics_daily (issue_date, office, source, lane, ecommerce, declarations, rejected, inspected, hits,
  revenue_raised, score_sum, with_errors, b0, b1, b2, b3, b4, b5)
SELECT a.issue_date, a.office, a.source, coalesce(a.lane, 'unscored'), a.ecommerce, count(*),
  sum(CASE WHEN a.status = 'rejected' THEN 1 ELSE 0 END), sum(CASE WHEN a.fraud IS NOT NULL THEN 1 ELSE 0 END),
  sum(CASE WHEN a.fraud = 1 THEN 1 ELSE 0 END), sum(coalesce(a.revenue_raised, 0)), sum(a.quality_score),
  sum(a.has_error), sum(CASE WHEN a.quality_score < 20 THEN 1 ELSE 0 END),
  sum(CASE WHEN a.quality_score >= 20 AND a.quality_score < 40 THEN 1 ELSE 0 END),
  sum(CASE WHEN a.quality_score >= 40 AND a.quality_score < 60 THEN 1 ELSE 0 END),
  sum(CASE WHEN a.quality_score >= 60 AND a.quality_score < 80 THEN 1 ELSE 0 END),
  sum(CASE WHEN a.quality_score >= 80 AND a.quality_score < 100 THEN 1 ELSE 0 END),
  sum(CASE WHEN a.quality_score >= 100 THEN 1 ELSE 0 END)
FROM analytics_declarations a GROUP BY a.issue_date, a.office, a.source, coalesce(a.lane, 'unscored'), a.ecommerce;
INSERT INTO analytics_daily_rules (issue_date, office, source, ecommerce, rule_id, severity, declarations)
SELECT a.issue_date, a.office, a.source, a.ecommerce, a.rule_id, min(a.severity), count(*)
FROM analytics_rule_hits a GROUP BY a.issue_date, a.office, a.source, a.ecommerce, a.rule_id;
`,
};
