import type { Migration } from '../../migration.js';

/**
 * Dashboard aggregates (src/analytics): the same tables as SQLite's 002 (see there).
 *
 * PostgreSQL has no insertion-ordered rowid that commits in order, so statement-level triggers
 * (one INSERT per COPY, not per row) queue the keys of new versions and outcomes; the catch-up
 * consumes the queues. Rows stored before this migration are queued by it.
 */
export const analyticsMigration: Migration = {
  version: 2,
  name: 'analytics',
  sql: `
CREATE TABLE analytics_declarations (
  id text COLLATE "C" PRIMARY KEY,
  version integer NOT NULL,
  issue_date text COLLATE "C" NOT NULL,
  office text COLLATE "C" NOT NULL,
  source text COLLATE "C" NOT NULL,
  status text NOT NULL,
  quality_score double precision NOT NULL,
  has_error integer NOT NULL,
  lrn text,
  declarant_id text COLLATE "C" NOT NULL,
  importer_id text COLLATE "C" NOT NULL,
  ecommerce integer NOT NULL,
  customs_value double precision NOT NULL,
  hs_codes text NOT NULL,
  lane text,
  fraud integer,
  revenue_raised double precision,
  outcome_seq bigint
);
CREATE INDEX analytics_declarations_scan ON analytics_declarations (issue_date, office, source, lane, status,
  quality_score, has_error, fraud, revenue_raised, ecommerce, declarant_id, importer_id);
CREATE INDEX analytics_declarations_by_declarant ON analytics_declarations (declarant_id, issue_date, office, source,
  ecommerce, quality_score, has_error);
CREATE INDEX analytics_declarations_by_importer ON analytics_declarations (importer_id, issue_date, office, source,
  ecommerce, quality_score, has_error);

CREATE TABLE analytics_chapters (
  id text COLLATE "C" NOT NULL,
  chapter text COLLATE "C" NOT NULL,
  customs_value double precision NOT NULL,
  issue_date text COLLATE "C" NOT NULL,
  office text COLLATE "C" NOT NULL,
  source text COLLATE "C" NOT NULL,
  fraud integer,
  PRIMARY KEY (id, chapter)
);
CREATE INDEX analytics_chapters_scan ON analytics_chapters (issue_date, office, source, chapter, fraud, customs_value);

CREATE TABLE analytics_origins (
  id text COLLATE "C" NOT NULL,
  origin text COLLATE "C" NOT NULL,
  customs_value double precision NOT NULL,
  issue_date text COLLATE "C" NOT NULL,
  office text COLLATE "C" NOT NULL,
  source text COLLATE "C" NOT NULL,
  fraud integer,
  PRIMARY KEY (id, origin)
);
CREATE INDEX analytics_origins_scan ON analytics_origins (issue_date, office, source, origin, fraud, customs_value);

CREATE TABLE analytics_rule_hits (
  id text COLLATE "C" NOT NULL,
  rule_id text COLLATE "C" NOT NULL,
  severity text NOT NULL,
  issue_date text COLLATE "C" NOT NULL,
  office text COLLATE "C" NOT NULL,
  source text COLLATE "C" NOT NULL,
  ecommerce integer NOT NULL,
  declarant_id text COLLATE "C" NOT NULL,
  importer_id text COLLATE "C" NOT NULL,
  PRIMARY KEY (id, rule_id)
);
CREATE INDEX analytics_rule_hits_scan ON analytics_rule_hits (issue_date, office, source, rule_id, severity, ecommerce,
  declarant_id, importer_id);
CREATE INDEX analytics_rule_hits_by_declarant ON analytics_rule_hits (declarant_id, issue_date, office, source, rule_id,
  severity, ecommerce);
CREATE INDEX analytics_rule_hits_by_importer ON analytics_rule_hits (importer_id, issue_date, office, source, rule_id,
  severity, ecommerce);

CREATE TABLE analytics_daily (
  issue_date text COLLATE "C" NOT NULL,
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
  PRIMARY KEY (issue_date, source, lane, ecommerce)
);

CREATE TABLE analytics_daily_rules (
  issue_date text COLLATE "C" NOT NULL,
  source text COLLATE "C" NOT NULL,
  ecommerce integer NOT NULL,
  rule_id text COLLATE "C" NOT NULL,
  severity text COLLATE "C" NOT NULL,
  declarations integer NOT NULL,
  PRIMARY KEY (issue_date, source, ecommerce, rule_id)
);

CREATE TABLE analytics_filers (
  role text NOT NULL,
  filer text COLLATE "C" NOT NULL,
  declarations integer NOT NULL,
  PRIMARY KEY (role, filer)
);

CREATE TABLE analytics_lanes (
  id text COLLATE "C" PRIMARY KEY,
  lane text NOT NULL CHECK (lane IN ('red', 'yellow', 'green', 'blue')),
  score double precision,
  model_version text,
  decided_at timestamptz NOT NULL
);

CREATE TABLE analytics_pending_versions (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text COLLATE "C" NOT NULL,
  version integer NOT NULL
);
CREATE TABLE analytics_pending_outcomes (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  outcome_seq bigint NOT NULL
);

CREATE FUNCTION tamga_analytics_queue_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_pending_versions (id, version) SELECT id, version FROM new_versions;
  RETURN NULL;
END $$;
CREATE FUNCTION tamga_analytics_queue_outcomes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_pending_outcomes (outcome_seq) SELECT seq FROM new_outcomes;
  RETURN NULL;
END $$;
CREATE TRIGGER declaration_versions_analytics AFTER INSERT ON declaration_versions
  REFERENCING NEW TABLE AS new_versions FOR EACH STATEMENT EXECUTE FUNCTION tamga_analytics_queue_versions();
CREATE TRIGGER inspection_outcomes_analytics AFTER INSERT ON inspection_outcomes
  REFERENCING NEW TABLE AS new_outcomes FOR EACH STATEMENT EXECUTE FUNCTION tamga_analytics_queue_outcomes();

INSERT INTO analytics_pending_versions (id, version) SELECT id, version FROM declaration_versions ORDER BY id, version;
INSERT INTO analytics_pending_outcomes (outcome_seq) SELECT seq FROM inspection_outcomes ORDER BY seq;
`,
};
