import type { Migration } from '../../migration.js';

const appendOnly = (table: string) => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append-only: rows of ${table} are never updated'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append-only: rows of ${table} are never deleted'); END;`;

/**
 * The declaration history. Query columns are copied out of the JSON at write time so
 * that every port query runs on an index; the JSON columns come last in each row so
 * that listing pages rarely touches their overflow pages. Secondary indexes end in the
 * rowid (insertion order) where they can, so that bulk appends touch few index pages.
 */
export const declarationsMigration: Migration = {
  version: 1,
  name: 'declarations',
  sql: `
CREATE TABLE declarations (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  latest_version INTEGER NOT NULL CHECK (latest_version >= 1)
) STRICT, WITHOUT ROWID;

CREATE TABLE declaration_versions (
  id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  content_hash TEXT NOT NULL,
  function_code TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected')),
  quality_score REAL NOT NULL CHECK (quality_score BETWEEN 0 AND 100),
  stored_at TEXT NOT NULL,
  lrn TEXT,
  mrn TEXT,
  type_code TEXT,
  issue_date TEXT NOT NULL CHECK (issue_date = '' OR issue_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  importer_id TEXT,
  declarant_id TEXT,
  hs_codes TEXT NOT NULL,
  source TEXT NOT NULL,
  raw_sha256 TEXT NOT NULL,
  declaration TEXT NOT NULL,
  lineage TEXT NOT NULL,
  findings TEXT NOT NULL,
  PRIMARY KEY (id, version)
) STRICT;
CREATE INDEX declaration_versions_by_date ON declaration_versions (issue_date, id);
CREATE INDEX declaration_versions_by_lrn ON declaration_versions (lrn) WHERE lrn IS NOT NULL;
CREATE INDEX declaration_versions_by_mrn ON declaration_versions (mrn) WHERE mrn IS NOT NULL;
CREATE INDEX declaration_versions_by_importer ON declaration_versions (importer_id, issue_date, id)
  WHERE importer_id IS NOT NULL;
CREATE INDEX declaration_versions_by_declarant ON declaration_versions (declarant_id, issue_date, id)
  WHERE declarant_id IS NOT NULL;
CREATE INDEX declaration_versions_by_source ON declaration_versions (source);
CREATE INDEX declaration_versions_rejected ON declaration_versions (issue_date, id) WHERE status = 'rejected';

CREATE TABLE declaration_hs_codes (
  hs_code TEXT NOT NULL,
  id TEXT NOT NULL,
  version INTEGER NOT NULL
) STRICT;
CREATE INDEX declaration_hs_codes_by_code ON declaration_hs_codes (hs_code);

CREATE TABLE raw_messages (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  media_type TEXT NOT NULL,
  body BLOB NOT NULL,
  stored_at TEXT NOT NULL
) STRICT;

CREATE TABLE inspection_outcomes (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  fraud INTEGER NOT NULL CHECK (fraud IN (0, 1)),
  critical_fraud INTEGER CHECK (critical_fraud IN (0, 1, 2)),
  revenue_raised REAL,
  recorded_at TEXT NOT NULL,
  source TEXT NOT NULL
) STRICT;
CREATE INDEX inspection_outcomes_by_declaration ON inspection_outcomes (id, seq);

${appendOnly('declaration_versions')}
${appendOnly('declaration_hs_codes')}
${appendOnly('raw_messages')}
${appendOnly('inspection_outcomes')}
CREATE TRIGGER declarations_no_delete BEFORE DELETE ON declarations
BEGIN SELECT RAISE(ABORT, 'append-only: rows of declarations are never deleted'); END;
CREATE TRIGGER declarations_forward_only BEFORE UPDATE ON declarations
WHEN NEW.id IS NOT OLD.id OR NEW.key IS NOT OLD.key OR NEW.latest_version <= OLD.latest_version
BEGIN SELECT RAISE(ABORT, 'append-only: declarations may only move latest_version forward'); END;
`,
};
