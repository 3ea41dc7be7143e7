import type { Migration } from '../../migration.js';

const appendOnly = (table: string) => `
CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
  FOR EACH ROW EXECUTE FUNCTION tamga_append_only();
CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
  FOR EACH STATEMENT EXECUTE FUNCTION tamga_append_only();`;

/** The same logical model as SQLite's migration 006 (model registry, rule sets, decisions, inspections). */
export const riskMigration: Migration = {
  version: 6,
  name: 'risk',
  sql: `
CREATE TABLE risk_models (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version text COLLATE "C" NOT NULL UNIQUE,
  created_at text NOT NULL,
  registered_at text NOT NULL,
  trained_from text NOT NULL,
  trained_to text NOT NULL,
  training_rows integer NOT NULL,
  training_frauds integer NOT NULL,
  note text,
  artifact_sha256 text NOT NULL CHECK (length(artifact_sha256) = 64),
  artifact_bytes integer NOT NULL,
  params json NOT NULL,
  metrics json NOT NULL,
  artifact_gzip bytea NOT NULL
);

CREATE TABLE risk_model_activations (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version text COLLATE "C" NOT NULL REFERENCES risk_models (version),
  action text NOT NULL CHECK (action IN ('promote', 'rollback')),
  at text NOT NULL,
  actor text,
  reason text
);

CREATE TABLE risk_rule_sets (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text COLLATE "C" NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  author text NOT NULL,
  reason text NOT NULL,
  valid_from text NOT NULL,
  valid_to text,
  stored_at text NOT NULL,
  content_sha256 text NOT NULL,
  rules json NOT NULL,
  UNIQUE (id, version)
);

CREATE TABLE risk_rule_set_activations (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  rule_set_id text COLLATE "C",
  rule_set_version integer,
  at text NOT NULL,
  actor text,
  reason text,
  CHECK ((rule_set_id IS NULL) = (rule_set_version IS NULL))
);

CREATE TABLE risk_rule_backtests (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  rule_set_id text COLLATE "C" NOT NULL,
  rule_set_version integer NOT NULL,
  computed_at text NOT NULL,
  report json NOT NULL
);
CREATE INDEX risk_rule_backtests_by_set ON risk_rule_backtests (rule_set_id, rule_set_version, seq);

CREATE TABLE risk_decisions (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  declaration_id text COLLATE "C" NOT NULL,
  declaration_version integer NOT NULL CHECK (declaration_version >= 1),
  issue_date text COLLATE "C" NOT NULL,
  lane text NOT NULL CHECK (lane IN ('green', 'yellow', 'red', 'blue')),
  basis text NOT NULL,
  score double precision,
  model_version text NOT NULL,
  rule_set_id text,
  rule_set_version integer,
  input_hash text NOT NULL,
  exploration boolean NOT NULL,
  run text NOT NULL,
  decided_at text NOT NULL,
  rules json NOT NULL,
  reasons json NOT NULL,
  subject json NOT NULL,
  explanation json,
  features json
);
CREATE INDEX risk_decisions_by_declaration ON risk_decisions (declaration_id, seq);

CREATE TABLE risk_explanations (
  decision_seq bigint PRIMARY KEY,
  computed_at text NOT NULL,
  explanation json NOT NULL
);

CREATE TABLE risk_lanes (
  declaration_id text COLLATE "C" PRIMARY KEY,
  decision_seq bigint NOT NULL,
  issue_date text COLLATE "C" NOT NULL,
  lane text NOT NULL CHECK (lane IN ('green', 'yellow', 'red', 'blue')),
  score double precision
);
CREATE INDEX risk_lanes_by_day ON risk_lanes (issue_date, lane, score);

CREATE TABLE risk_inspections (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  declaration_id text COLLATE "C" NOT NULL,
  declaration_version integer,
  fraud smallint NOT NULL CHECK (fraud IN (0, 1)),
  critical_fraud smallint NOT NULL CHECK (critical_fraud IN (0, 1, 2)),
  discrepancy_found boolean NOT NULL,
  revenue_raised double precision,
  inspected_at text NOT NULL,
  recorded_at text NOT NULL,
  officer text,
  notes text,
  lane text,
  model_version text,
  source text NOT NULL
);
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
