import type { Migration } from '../../migration.js';

const appendOnly = (table: string) => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append-only: rows of ${table} are never updated'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append-only: rows of ${table} are never deleted'); END;`;

/**
 * The risk engine: a registry of model versions (the artifact as gzip-compressed JSON, with its
 * SHA-256) and the promotions and rollbacks that choose the active one; versioned targeting rule
 * sets, their activations and backtests; risk decisions per declaration version (append-only: a
 * rescore is a new decision), explanations computed after the decision, the current lane of each
 * declaration (the one mutable table: an index of the latest decision); inspection results
 * recorded by officers or imported.
 */
export const riskMigration: Migration = {
  version: 6,
  name: 'risk',
  sql: `
CREATE TABLE risk_models (
  seq INTEGER PRIMARY KEY,
  version TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  trained_from TEXT NOT NULL,
  trained_to TEXT NOT NULL,
  training_rows INTEGER NOT NULL,
  training_frauds INTEGER NOT NULL,
  note TEXT,
  artifact_sha256 TEXT NOT NULL CHECK (length(artifact_sha256) = 64),
  artifact_bytes INTEGER NOT NULL,
  params TEXT NOT NULL,
  metrics TEXT NOT NULL,
  artifact_gzip BLOB NOT NULL
) STRICT;

CREATE TABLE risk_model_activations (
  seq INTEGER PRIMARY KEY,
  version TEXT NOT NULL REFERENCES risk_models (version),
  action TEXT NOT NULL CHECK (action IN ('promote', 'rollback')),
  at TEXT NOT NULL,
  actor TEXT,
  reason TEXT
) STRICT;

CREATE TABLE risk_rule_sets (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  author TEXT NOT NULL,
  reason TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  stored_at TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  rules TEXT NOT NULL,
  UNIQUE (id, version)
) STRICT;

CREATE TABLE risk_rule_set_activations (
  seq INTEGER PRIMARY KEY,
  rule_set_id TEXT,
  rule_set_version INTEGER,
  at TEXT NOT NULL,
  actor TEXT,
  reason TEXT,
  CHECK ((rule_set_id IS NULL) = (rule_set_version IS NULL))
) STRICT;

CREATE TABLE risk_rule_backtests (
  seq INTEGER PRIMARY KEY,
  rule_set_id TEXT NOT NULL,
  rule_set_version INTEGER NOT NULL,
  computed_at TEXT NOT NULL,
  report TEXT NOT NULL
) STRICT;
CREATE INDEX risk_rule_backtests_by_set ON risk_rule_backtests (rule_set_id, rule_set_version, seq);

CREATE TABLE risk_decisions (
  seq INTEGER PRIMARY KEY,
  declaration_id TEXT NOT NULL,
  declaration_version INTEGER NOT NULL CHECK (declaration_version >= 1),
  issue_date TEXT NOT NULL,
  lane TEXT NOT NULL CHECK (lane IN ('green', 'yellow', 'red', 'blue')),
  basis TEXT NOT NULL,
  score REAL,
  model_version TEXT NOT NULL,
  rule_set_id TEXT,
  rule_set_version INTEGER,
  input_hash TEXT NOT NULL,
  exploration INTEGER NOT NULL CHECK (exploration IN (0, 1)),
  run TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  rules TEXT NOT NULL,
  reasons TEXT NOT NULL,
  subject TEXT NOT NULL,
  explanation TEXT,
  features TEXT
) STRICT;
CREATE INDEX risk_decisions_by_declaration ON risk_decisions (declaration_id, seq);

CREATE TABLE risk_explanations (
  decision_seq INTEGER PRIMARY KEY,
  computed_at TEXT NOT NULL,
  explanation TEXT NOT NULL
) STRICT;

CREATE TABLE risk_lanes (
  declaration_id TEXT PRIMARY KEY,
  decision_seq INTEGER NOT NULL,
  issue_date TEXT NOT NULL,
  lane TEXT NOT NULL CHECK (lane IN ('green', 'yellow', 'red', 'blue')),
  score REAL
) STRICT, WITHOUT ROWID;
CREATE INDEX risk_lanes_by_day ON risk_lanes (issue_date, lane, score);

CREATE TABLE risk_inspections (
  seq INTEGER PRIMARY KEY,
  declaration_id TEXT NOT NULL,
  declaration_version INTEGER,
  fraud INTEGER NOT NULL CHECK (fraud IN (0, 1)),
  critical_fraud INTEGER NOT NULL CHECK (critical_fraud IN (0, 1, 2)),
  discrepancy_found INTEGER NOT NULL CHECK (discrepancy_found IN (0, 1)),
  revenue_raised REAL,
  inspected_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  officer TEXT,
  notes TEXT,
  lane TEXT,
  model_version TEXT,
  source TEXT NOT NULL
) STRICT;
CREATE INDEX risk_inspections_by_declaration ON risk_inspections (declaration_id, seq);

${appendOnly('risk_models')}
${appendOnly('risk_model_activations')}
${appendOnly('risk_rule_sets')}
${appendOnly('risk_rule_set_activations')}
${appendOnly('risk_rule_backtests')}
${appendOnly('risk_decisions')}
${appendOnly('risk_explanations')}
${appendOnly('risk_inspections')}
`,
};
