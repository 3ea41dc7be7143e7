/** Column types that differ between engines. */
export interface ColumnTypes {
  bigint: string;
  /** An auto-numbered primary key column. */
  serial: string;
  bytes: string;
}

/**
 * Version 1 of the exchange tables, written once for both engines. Every table is prefixed
 * `exchange_` so that it never meets the declaration store's tables or migrations.
 */
export function exchangeSchemaV1(types: ColumnTypes): string[] {
  const { bigint, serial, bytes } = types;
  return [
    `CREATE TABLE exchange_members (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL,
      status TEXT NOT NULL, endpoints TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
    `CREATE TABLE exchange_member_keys (kid TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES exchange_members(id),
      public_key TEXT NOT NULL, valid_from TEXT NOT NULL, valid_until TEXT, revoked_at TEXT)`,
    `CREATE INDEX exchange_member_keys_member ON exchange_member_keys (member_id)`,
    `CREATE TABLE exchange_credentials (id TEXT PRIMARY KEY, member_id TEXT NOT NULL REFERENCES exchange_members(id),
      secret_hash TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT)`,
    `CREATE TABLE exchange_agreements (id TEXT NOT NULL, version INTEGER NOT NULL, member_id TEXT NOT NULL,
      document TEXT NOT NULL, stored_at TEXT NOT NULL, PRIMARY KEY (id, version))`,
    `CREATE TABLE exchange_messages (sender TEXT NOT NULL, id TEXT NOT NULL, direction TEXT NOT NULL, recipient TEXT NOT NULL,
      type TEXT NOT NULL, correlation_id TEXT NOT NULL, in_reply_to TEXT, declaration_id TEXT, declaration_version INTEGER,
      agreement_id TEXT NOT NULL, agreement_version INTEGER NOT NULL, jws TEXT, digest TEXT NOT NULL, recorded_at TEXT NOT NULL,
      retain_until TEXT NOT NULL, published_at TEXT, PRIMARY KEY (sender, id))`,
    `CREATE INDEX exchange_messages_id ON exchange_messages (id)`,
    `CREATE INDEX exchange_messages_declaration ON exchange_messages (declaration_id)`,
    `CREATE INDEX exchange_messages_unpublished ON exchange_messages (recorded_at) WHERE published_at IS NULL AND direction = 'sent'`,
    `CREATE TABLE exchange_log (seq ${bigint} PRIMARY KEY, hash TEXT NOT NULL, text TEXT NOT NULL, message_id TEXT)`,
    `CREATE INDEX exchange_log_message ON exchange_log (message_id)`,
    `CREATE TABLE exchange_checkpoints (seq ${bigint} PRIMARY KEY, head TEXT NOT NULL, sealed_at TEXT NOT NULL, jws TEXT NOT NULL)`,
    `CREATE TABLE exchange_deliveries (cursor ${serial}, member_id TEXT NOT NULL, message_id TEXT NOT NULL, mode TEXT NOT NULL,
      status TEXT NOT NULL, attempts INTEGER NOT NULL, last_error TEXT, updated_at TEXT NOT NULL, UNIQUE (member_id, message_id))`,
    `CREATE INDEX exchange_deliveries_inbox ON exchange_deliveries (member_id, status, cursor)`,
    `CREATE TABLE exchange_processed (sender TEXT NOT NULL, message_id TEXT NOT NULL, processed_at TEXT NOT NULL,
      expires_at TEXT NOT NULL, PRIMARY KEY (sender, message_id))`,
    `CREATE TABLE exchange_decisions (sender TEXT NOT NULL, message_id TEXT NOT NULL, declaration_id TEXT NOT NULL,
      declaration_version INTEGER NOT NULL, in_reply_to TEXT NOT NULL, outcome TEXT NOT NULL, certificate_number TEXT, reason TEXT,
      valid_until TEXT, agreement_id TEXT NOT NULL, agreement_version INTEGER NOT NULL, decided_at TEXT NOT NULL,
      PRIMARY KEY (sender, message_id))`,
    `CREATE INDEX exchange_decisions_declaration ON exchange_decisions (declaration_id)`,
    `CREATE TABLE exchange_outbox (seq ${serial}, id TEXT NOT NULL UNIQUE, subject TEXT NOT NULL, headers TEXT,
      data ${bytes} NOT NULL, published_at TEXT NOT NULL)`,
    `CREATE TABLE exchange_consumers (durable TEXT PRIMARY KEY, filter TEXT NOT NULL, last_seq ${bigint} NOT NULL)`,
    `CREATE TABLE exchange_consumer_pending (durable TEXT NOT NULL, seq ${bigint} NOT NULL, attempts INTEGER NOT NULL,
      due_at ${bigint} NOT NULL, PRIMARY KEY (durable, seq))`,
    `CREATE INDEX exchange_consumer_pending_due ON exchange_consumer_pending (durable, due_at)`,
  ];
}
