import type { Migration } from '../../migration.js';

const appendOnly = (table: string) => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append-only: rows of ${table} are never updated'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append-only: rows of ${table} are never deleted'); END;`;

/**
 * Received messages that are not declarations (DMS notifications, ENS, NCTS transit messages,
 * cargo reports), their identifiers in indexed columns (MRN and LRN on the row, transport
 * documents and containers beside it), and verification findings per declaration with the
 * outcomes of the checks. Raw bytes go to `raw_messages`, shared with declarations.
 * `declaration_id` is '' for a finding on no declaration of ours (undeclared cargo, a mirror gap).
 */
export const messagesVerificationMigration: Migration = {
  version: 4,
  name: 'messages-verification',
  sql: `
CREATE TABLE messages (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  message_type TEXT NOT NULL
    CHECK (message_type IN ('notification', 'ens', 'ens-response', 'transit', 'cargo-report')),
  name TEXT NOT NULL,
  mrn TEXT,
  lrn TEXT,
  issued_at TEXT,
  source TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  raw_sha256 TEXT NOT NULL,
  identifiers TEXT NOT NULL,
  lineage TEXT NOT NULL,
  warnings TEXT NOT NULL,
  body TEXT NOT NULL
) STRICT;
CREATE INDEX messages_by_type ON messages (message_type, seq);
CREATE INDEX messages_by_mrn ON messages (mrn, seq) WHERE mrn IS NOT NULL;
CREATE INDEX messages_by_lrn ON messages (lrn, seq) WHERE lrn IS NOT NULL;

CREATE TABLE message_references (
  kind TEXT NOT NULL CHECK (kind IN ('document', 'container')),
  value TEXT NOT NULL,
  message_seq INTEGER NOT NULL
) STRICT;
CREATE INDEX message_references_by_value ON message_references (kind, value, message_seq);

CREATE TABLE verification_findings (
  seq INTEGER PRIMARY KEY,
  finding_id TEXT NOT NULL,
  declaration_id TEXT NOT NULL,
  check_name TEXT NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
  value_at_stake REAL NOT NULL,
  source TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  finding TEXT NOT NULL,
  UNIQUE (finding_id, declaration_id)
) STRICT;
CREATE INDEX verification_findings_by_declaration ON verification_findings (declaration_id);
CREATE INDEX verification_findings_ranked
  ON verification_findings (-value_at_stake, severity, finding_id, declaration_id);
CREATE INDEX verification_findings_by_code
  ON verification_findings (code, -value_at_stake, severity, finding_id, declaration_id);

CREATE TABLE verification_outcomes (
  declaration_id TEXT NOT NULL,
  check_name TEXT NOT NULL,
  mismatch INTEGER NOT NULL CHECK (mismatch IN (0, 1)),
  importer_id TEXT NOT NULL,
  day INTEGER NOT NULL,
  source TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (declaration_id, check_name, mismatch)
) STRICT, WITHOUT ROWID;

${appendOnly('messages')}
${appendOnly('message_references')}
${appendOnly('verification_findings')}
${appendOnly('verification_outcomes')}
`,
};
