import type { Pool, PoolClient } from 'pg';
import type { RawMessage } from '../../core/model/record.js';
import type { MessageAppendResult, NewMessage } from '../../core/ports/message-store.js';
import { asBuffer } from '../bytes.js';
import { MESSAGE_INSERT_COLUMNS, messageReferences, messageValues } from '../message-row.js';
import { StoreError } from '../store-error.js';
import { textColumn } from '../text-column.js';

const TYPES = [
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'timestamptz',
  'text',
  'json',
  'json',
  'json',
  'json',
];

/**
 * One transaction per batch, three statements whatever its size: raw bytes, messages (a known id
 * is skipped by `ON CONFLICT DO NOTHING`), then the references of the rows actually inserted.
 */
export async function appendPostgresMessages(
  pool: Pool,
  batch: readonly NewMessage[],
  raw: readonly RawMessage[],
): Promise<MessageAppendResult[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const results = await write(client, batch, raw);
    await client.query('COMMIT');
    return results;
  } catch (error) {
    broken = await client.query('ROLLBACK').then(
      () => undefined,
      (cause: unknown) => (cause instanceof Error ? cause : new Error(String(cause))),
    );
    throw new StoreError('append-failed', `The messages were not stored (nothing was written): ${String(error)}`, {
      cause: error,
    });
  } finally {
    client.release(broken);
  }
}

async function write(
  client: PoolClient,
  batch: readonly NewMessage[],
  raw: readonly RawMessage[],
): Promise<MessageAppendResult[]> {
  const storedAt = new Date().toISOString();
  if (raw.length > 0) {
    await client.query(
      `INSERT INTO raw_messages (sha256, media_type, body, stored_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[], $4::timestamptz[]) ON CONFLICT (sha256) DO NOTHING`,
      [
        raw.map((message) => message.sha256),
        raw.map((message) => textColumn(message.mediaType)),
        raw.map((message) => asBuffer(message.body)),
        raw.map(() => storedAt),
      ],
    );
  }
  if (batch.length === 0) return [];
  const unique = [...new Map(batch.map((message) => [message.id, message])).values()];
  const rows = unique.map((message) => messageValues(message, storedAt));
  const columns = MESSAGE_INSERT_COLUMNS.map((_, c) => rows.map((row) => row[c]));
  const inserted = await client.query<{ id: string; seq: string }>(
    `INSERT INTO messages (${MESSAGE_INSERT_COLUMNS.join(', ')})
     SELECT * FROM unnest(${TYPES.map((type, i) => `$${i + 1}::${type}[]`).join(', ')})
     ON CONFLICT (id) DO NOTHING RETURNING id, seq`,
    columns,
  );
  const seqOf = new Map(inserted.rows.map((row) => [row.id, row.seq]));
  const references = unique.flatMap((message) => {
    const seq = seqOf.get(textColumn(message.id));
    return seq === undefined ? [] : messageReferences(message.identifiers).map((ref) => ({ ...ref, seq }));
  });
  if (references.length > 0) {
    await client.query(
      `INSERT INTO message_references (kind, value, message_seq)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])`,
      [references.map((r) => r.kind), references.map((r) => r.value), references.map((r) => r.seq)],
    );
  }
  const fresh = new Set(seqOf.keys());
  return batch.map((message) => {
    const id = textColumn(message.id);
    const stored = fresh.delete(id);
    return { status: stored ? 'stored' : 'duplicate', id: message.id };
  });
}
