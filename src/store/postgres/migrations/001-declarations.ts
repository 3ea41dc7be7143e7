import type { Migration } from '../../migration.js';

const appendOnly = (table: string) => `
CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
  FOR EACH ROW EXECUTE FUNCTION tamga_append_only();
CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
  FOR EACH STATEMENT EXECUTE FUNCTION tamga_append_only();`;

/**
 * The same logical model as SQLite's. Text that is compared or sorted is COLLATE "C",
 * so that ordering and prefix ranges compare bytes as SQLite does. Documents are `json`,
 * not `jsonb`: jsonb refuses \\u0000 and unpaired surrogates that SQLite keeps, and
 * both engines must accept the same records.
 */
export const declarationsMigration: Migration = {
  version: 1,
  name: 'declarations',
  sql: `
CREATE TABLE declarations (
  id text COLLATE "C" PRIMARY KEY,
  key text COLLATE "C" NOT NULL UNIQUE,
  latest_version integer NOT NULL CHECK (latest_version >= 1)
);

CREATE TABLE declaration_versions (
  id text COLLATE "C" NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  content_hash text NOT NULL,
  function_code text NOT NULL,
  status text NOT NULL CHECK (status IN ('accepted', 'rejected')),
  quality_score double precision NOT NULL CHECK (quality_score BETWEEN 0 AND 100),
  stored_at timestamptz NOT NULL,
  lrn text COLLATE "C",
  mrn text COLLATE "C",
  type_code text,
  issue_date text COLLATE "C" NOT NULL CHECK (issue_date ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2})?$'),
  importer_id text COLLATE "C",
  declarant_id text COLLATE "C",
  hs_codes text NOT NULL,
  source text COLLATE "C" NOT NULL,
  raw_sha256 text NOT NULL,
  declaration json NOT NULL,
  lineage json NOT NULL,
  findings json NOT NULL,
  PRIMARY KEY (id, version)
);
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
  hs_code text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  version integer NOT NULL
);
CREATE INDEX declaration_hs_codes_by_code ON declaration_hs_codes (hs_code) INCLUDE (id, version);

CREATE TABLE raw_messages (
  sha256 text COLLATE "C" PRIMARY KEY CHECK (length(sha256) = 64),
  media_type text NOT NULL,
  body bytea NOT NULL,
  stored_at timestamptz NOT NULL
);

CREATE TABLE inspection_outcomes (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  fraud smallint NOT NULL CHECK (fraud IN (0, 1)),
  critical_fraud smallint CHECK (critical_fraud IN (0, 1, 2)),
  revenue_raised double precision,
  recorded_at timestamptz NOT NULL,
  source text NOT NULL
);
CREATE INDEX inspection_outcomes_by_declaration ON inspection_outcomes (id, seq);

CREATE FUNCTION tamga_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'append-only: % on % is refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;

CREATE FUNCTION tamga_declarations_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' OR NEW.id IS DISTINCT FROM OLD.id OR NEW.key IS DISTINCT FROM OLD.key
     OR NEW.latest_version <= OLD.latest_version THEN
    RAISE EXCEPTION 'append-only: declarations may only move latest_version forward'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;
${appendOnly('declaration_versions')}
${appendOnly('declaration_hs_codes')}
${appendOnly('raw_messages')}
${appendOnly('inspection_outcomes')}
CREATE TRIGGER declarations_forward_only BEFORE UPDATE OR DELETE ON declarations
  FOR EACH ROW EXECUTE FUNCTION tamga_declarations_forward_only();
CREATE TRIGGER declarations_no_truncate BEFORE TRUNCATE ON declarations
  FOR EACH STATEMENT EXECUTE FUNCTION tamga_append_only();
`,
};
