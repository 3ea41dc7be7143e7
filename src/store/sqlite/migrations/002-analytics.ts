import type { Migration } from '../../migration.js';

/**
 * Dashboard aggregates (src/analytics): one row per declaration (its latest version) with the
 * columns the views filter and group by; its HS chapters, origins and failing rules, each
 * carrying the filter columns again; lanes from the risk engine; filer totals; day totals per
 * source, lane and e-commerce flag (views without an office filter read these); catch-up
 * positions. Views read covering indexes, never a table row or a document. Derived data:
 * not append-only, rebuildable from the history.
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
  lane TEXT,
  fraud INTEGER,
  revenue_raised REAL,
  outcome_seq INTEGER
) STRICT, WITHOUT ROWID;
CREATE INDEX analytics_declarations_scan ON analytics_declarations (issue_date, office, source, lane, status,
  quality_score, has_error, fraud, revenue_raised, ecommerce, declarant_id, importer_id);
CREATE INDEX analytics_declarations_by_declarant ON analytics_declarations (declarant_id, issue_date, office, source,
  ecommerce, quality_score, has_error);
CREATE INDEX analytics_declarations_by_importer ON analytics_declarations (importer_id, issue_date, office, source,
  ecommerce, quality_score, has_error);

CREATE TABLE analytics_chapters (
  id TEXT NOT NULL,
  chapter TEXT NOT NULL,
  customs_value REAL NOT NULL,
  issue_date TEXT NOT NULL,
  office TEXT NOT NULL,
  source TEXT NOT NULL,
  fraud INTEGER,
  PRIMARY KEY (id, chapter)
) STRICT, WITHOUT ROWID;
CREATE INDEX analytics_chapters_scan ON analytics_chapters (issue_date, office, source, chapter, fraud, customs_value);

CREATE TABLE analytics_origins (
  id TEXT NOT NULL,
  origin TEXT NOT NULL,
  customs_value REAL NOT NULL,
  issue_date TEXT NOT NULL,
  office TEXT NOT NULL,
  source TEXT NOT NULL,
  fraud INTEGER,
  PRIMARY KEY (id, origin)
) STRICT, WITHOUT ROWID;
CREATE INDEX analytics_origins_scan ON analytics_origins (issue_date, office, source, origin, fraud, customs_value);

CREATE TABLE analytics_rule_hits (
  id TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  issue_date TEXT NOT NULL,
  office TEXT NOT NULL,
  source TEXT NOT NULL,
  ecommerce INTEGER NOT NULL,
  declarant_id TEXT NOT NULL,
  importer_id TEXT NOT NULL,
  PRIMARY KEY (id, rule_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX analytics_rule_hits_scan ON analytics_rule_hits (issue_date, office, source, rule_id, severity, ecommerce,
  declarant_id, importer_id);
CREATE INDEX analytics_rule_hits_by_declarant ON analytics_rule_hits (declarant_id, issue_date, office, source, rule_id,
  severity, ecommerce);
CREATE INDEX analytics_rule_hits_by_importer ON analytics_rule_hits (importer_id, issue_date, office, source, rule_id,
  severity, ecommerce);

CREATE TABLE analytics_daily (
  issue_date TEXT NOT NULL,
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
  PRIMARY KEY (issue_date, source, lane, ecommerce)
) STRICT, WITHOUT ROWID;

CREATE TABLE analytics_daily_rules (
  issue_date TEXT NOT NULL,
  source TEXT NOT NULL,
  ecommerce INTEGER NOT NULL,
  rule_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  declarations INTEGER NOT NULL,
  PRIMARY KEY (issue_date, source, ecommerce, rule_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE analytics_filers (
  role TEXT NOT NULL,
  filer TEXT NOT NULL,
  declarations INTEGER NOT NULL,
  PRIMARY KEY (role, filer)
) STRICT, WITHOUT ROWID;

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
