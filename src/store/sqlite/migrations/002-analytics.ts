import type { Migration } from '../../migration.js';

/**
 * Dashboard aggregates (src/analytics): one row per declaration (its latest version) with the
 * columns the views group by, its HS chapters and origins (with their customs value) and failing rules, lanes from
 * the risk engine, and the catch-up positions. Derived data, rebuilt from the history at will:
 * these tables are not append-only. Nothing here touches the declaration tables.
 */
export const analyticsMigration: Migration = {
  version: 2,
  name: 'analytics',
  sql: `
CREATE TABLE analytics_declarations (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  issue_date TEXT NOT NULL,
  office TEXT NOT NULL,
  source TEXT NOT NULL,
  status TEXT NOT NULL,
  quality_score REAL NOT NULL,
  has_error INTEGER NOT NULL,
  lrn TEXT,
  declarant_id TEXT NOT NULL,
  importer_id TEXT NOT NULL,
  ecommerce INTEGER NOT NULL,
  customs_value REAL NOT NULL,
  hs_codes TEXT NOT NULL,
  fraud INTEGER,
  revenue_raised REAL,
  outcome_seq INTEGER
) STRICT, WITHOUT ROWID;
CREATE INDEX analytics_declarations_by_date ON analytics_declarations (issue_date);
CREATE INDEX analytics_declarations_by_office ON analytics_declarations (office, issue_date);
CREATE INDEX analytics_declarations_by_source ON analytics_declarations (source, issue_date);
CREATE INDEX analytics_declarations_by_declarant ON analytics_declarations (declarant_id);
CREATE INDEX analytics_declarations_by_importer ON analytics_declarations (importer_id);

CREATE TABLE analytics_chapters (
  id TEXT NOT NULL,
  chapter TEXT NOT NULL,
  customs_value REAL NOT NULL,
  PRIMARY KEY (id, chapter)
) STRICT, WITHOUT ROWID;
CREATE INDEX analytics_chapters_by_chapter ON analytics_chapters (chapter, id);

CREATE TABLE analytics_origins (
  id TEXT NOT NULL,
  origin TEXT NOT NULL,
  customs_value REAL NOT NULL,
  PRIMARY KEY (id, origin)
) STRICT, WITHOUT ROWID;
CREATE INDEX analytics_origins_by_origin ON analytics_origins (origin, id);

CREATE TABLE analytics_rule_hits (
  id TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  PRIMARY KEY (id, rule_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX analytics_rule_hits_by_rule ON analytics_rule_hits (rule_id, id);

CREATE TABLE analytics_lanes (
  id TEXT PRIMARY KEY,
  lane TEXT NOT NULL CHECK (lane IN ('red', 'yellow', 'green', 'blue')),
  score REAL,
  model_version TEXT,
  decided_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE analytics_progress (
  name TEXT PRIMARY KEY,
  position INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
`,
};
