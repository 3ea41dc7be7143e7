import type { Migration } from '../../migration.js';

/**
 * Dashboard aggregates (src/analytics), the same logical tables as SQLite's. PostgreSQL has no
 * insertion-ordered rowid that commits in order, so statement-level triggers (one INSERT per
 * COPY, not per row) queue the keys of new versions and outcomes; the analytics catch-up
 * consumes the queues. Rows already stored when this migration runs are queued by it.
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
  has_error smallint NOT NULL,
  lrn text,
  declarant_id text COLLATE "C" NOT NULL,
  importer_id text COLLATE "C" NOT NULL,
  ecommerce smallint NOT NULL,
  customs_value double precision NOT NULL,
  hs_codes text NOT NULL,
  fraud smallint,
  revenue_raised double precision,
  outcome_seq bigint
);
CREATE INDEX analytics_declarations_by_date ON analytics_declarations (issue_date);
CREATE INDEX analytics_declarations_by_office ON analytics_declarations (office, issue_date);
CREATE INDEX analytics_declarations_by_source ON analytics_declarations (source, issue_date);
CREATE INDEX analytics_declarations_by_declarant ON analytics_declarations (declarant_id);
CREATE INDEX analytics_declarations_by_importer ON analytics_declarations (importer_id);

CREATE TABLE analytics_chapters (
  id text COLLATE "C" NOT NULL,
  chapter text COLLATE "C" NOT NULL,
  customs_value double precision NOT NULL,
  PRIMARY KEY (id, chapter)
);
CREATE INDEX analytics_chapters_by_chapter ON analytics_chapters (chapter, id);

CREATE TABLE analytics_origins (
  id text COLLATE "C" NOT NULL,
  origin text COLLATE "C" NOT NULL,
  customs_value double precision NOT NULL,
  PRIMARY KEY (id, origin)
);
CREATE INDEX analytics_origins_by_origin ON analytics_origins (origin, id);

CREATE TABLE analytics_rule_hits (
  id text COLLATE "C" NOT NULL,
  rule_id text COLLATE "C" NOT NULL,
  severity text NOT NULL,
  PRIMARY KEY (id, rule_id)
);
CREATE INDEX analytics_rule_hits_by_rule ON analytics_rule_hits (rule_id, id);

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

INSERT INTO analytics_pending_versions (id, version) SELECT id, version FROM declaration_versions ORDER BY issue_date, id, version;
INSERT INTO analytics_pending_outcomes (outcome_seq) SELECT seq FROM inspection_outcomes ORDER BY seq;
`,
};
