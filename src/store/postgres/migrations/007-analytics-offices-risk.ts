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
  issue_date text COLLATE "C" NOT NULL,
  office text COLLATE "C" NOT NULL,
  source text COLLATE "C" NOT NULL,
  lane text COLLATE "C" NOT NULL,
  ecommerce integer NOT NULL,
  declarations integer NOT NULL,
  rejected integer NOT NULL,
  inspected integer NOT NULL,
  hits integer NOT NULL,
  revenue_raised double precision NOT NULL,
  score_sum double precision NOT NULL,
  with_errors integer NOT NULL,
  b0 integer NOT NULL,
  b1 integer NOT NULL,
  b2 integer NOT NULL,
  b3 integer NOT NULL,
  b4 integer NOT NULL,
  b5 integer NOT NULL,
  PRIMARY KEY (issue_date, office, source, lane, ecommerce)
);
CREATE INDEX analytics_daily_by_office ON analytics_daily (office, issue_date);
CREATE TABLE analytics_daily_rules (
  issue_date text COLLATE "C" NOT NULL,
  office text COLLATE "C" NOT NULL,
  source text COLLATE "C" NOT NULL,
  ecommerce integer NOT NULL,
  rule_id text COLLATE "C" NOT NULL,
  severity text COLLATE "C" NOT NULL,
  declarations integer NOT NULL,
  PRIMARY KEY (issue_date, office, source, ecommerce, rule_id)
);
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

CREATE TABLE analytics_pending_decisions (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  decision_seq bigint NOT NULL
);
CREATE TABLE analytics_pending_inspections (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  inspection_seq bigint NOT NULL
);
CREATE FUNCTION tamga_analytics_queue_decisions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_pending_decisions (decision_seq) SELECT seq FROM new_decisions;
  RETURN NULL;
END $$;
CREATE FUNCTION tamga_analytics_queue_inspections() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_pending_inspections (inspection_seq) SELECT seq FROM new_inspections;
  RETURN NULL;
END $$;
CREATE TRIGGER risk_decisions_analytics AFTER INSERT ON risk_decisions
  REFERENCING NEW TABLE AS new_decisions FOR EACH STATEMENT EXECUTE FUNCTION tamga_analytics_queue_decisions();
CREATE TRIGGER risk_inspections_analytics AFTER INSERT ON risk_inspections
  REFERENCING NEW TABLE AS new_inspections FOR EACH STATEMENT EXECUTE FUNCTION tamga_analytics_queue_inspections();
INSERT INTO analytics_pending_decisions (decision_seq) SELECT seq FROM risk_decisions ORDER BY seq;
INSERT INTO analytics_pending_inspections (inspection_seq) SELECT seq FROM risk_inspections ORDER BY seq;
`,
};
