import type { Migration } from '../../migration.js';

const appendOnly = (table: string) => `
CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
  FOR EACH ROW EXECUTE FUNCTION tamga_append_only();
CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
  FOR EACH STATEMENT EXECUTE FUNCTION tamga_append_only();`;

/** The same logical model as SQLite's migration 004 (messages and verification findings). */
export const messagesVerificationMigration: Migration = {
  version: 4,
  name: 'messages-verification',
  sql: `
CREATE TABLE messages (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  message_type text NOT NULL
    CHECK (message_type IN ('notification', 'ens', 'ens-response', 'transit', 'cargo-report')),
  name text NOT NULL,
  mrn text COLLATE "C",
  lrn text COLLATE "C",
  issued_at text,
  source text NOT NULL,
  stored_at timestamptz NOT NULL,
  raw_sha256 text NOT NULL,
  identifiers json NOT NULL,
  lineage json NOT NULL,
  warnings json NOT NULL,
  body json NOT NULL
);
CREATE INDEX messages_by_type ON messages (message_type, seq);
CREATE INDEX messages_by_mrn ON messages (mrn, seq) WHERE mrn IS NOT NULL;
CREATE INDEX messages_by_lrn ON messages (lrn, seq) WHERE lrn IS NOT NULL;

CREATE TABLE message_references (
  kind text NOT NULL CHECK (kind IN ('document', 'container')),
  value text COLLATE "C" NOT NULL,
  message_seq bigint NOT NULL
);
CREATE INDEX message_references_by_value ON message_references (kind, value, message_seq);

CREATE TABLE verification_findings (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  finding_id text COLLATE "C" NOT NULL,
  declaration_id text COLLATE "C" NOT NULL,
  check_name text NOT NULL,
  code text COLLATE "C" NOT NULL,
  severity text COLLATE "C" NOT NULL CHECK (severity IN ('error', 'warning')),
  value_at_stake double precision NOT NULL,
  source text NOT NULL,
  recorded_at timestamptz NOT NULL,
  finding json NOT NULL,
  UNIQUE (finding_id, declaration_id)
);
CREATE INDEX verification_findings_by_declaration ON verification_findings (declaration_id);
CREATE INDEX verification_findings_ranked
  ON verification_findings ((-value_at_stake), severity, finding_id, declaration_id);
CREATE INDEX verification_findings_by_code
  ON verification_findings (code, (-value_at_stake), severity, finding_id, declaration_id);

CREATE TABLE verification_outcomes (
  declaration_id text COLLATE "C" NOT NULL,
  check_name text NOT NULL,
  mismatch smallint NOT NULL CHECK (mismatch IN (0, 1)),
  importer_id text COLLATE "C" NOT NULL,
  day integer NOT NULL,
  source text NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (declaration_id, check_name, mismatch)
);
${appendOnly('messages')}
${appendOnly('message_references')}
${appendOnly('verification_findings')}
${appendOnly('verification_outcomes')}
`,
};
