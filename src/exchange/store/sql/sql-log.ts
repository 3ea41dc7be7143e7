import { chainRecords, type LogEntry, type LogHead, type LogRecord } from '../../../core/exchange/log-entry.js';
import type { Sha256 } from '../../../core/ports/hasher.js';
import { insertMany, type SqlClient, type SqlDialect } from './sql-client.js';

interface LogRow {
  seq: number | string;
  hash: string;
  text: string;
  message_id: string | null;
}

export const toLogEntry = (row: LogRow): LogEntry => {
  const entry: LogEntry = { seq: Number(row.seq), hash: row.hash, text: row.text };
  return row.message_id === null ? entry : { ...entry, messageId: row.message_id };
};

export async function readHead(client: SqlClient): Promise<LogHead | undefined> {
  const [row] = await client.all<LogRow>('SELECT seq, hash FROM exchange_log ORDER BY seq DESC LIMIT 1');
  return row ? { seq: Number(row.seq), hash: row.hash } : undefined;
}

/**
 * Appends records after the current head, inside the caller's transaction. The dialect
 * lock makes concurrent writers (several processes on PostgreSQL) take turns at the head.
 */
export async function appendToLog(
  client: SqlClient,
  records: readonly LogRecord[],
  context: { dialect: SqlDialect; sha256: Sha256 },
): Promise<LogEntry[]> {
  if (records.length === 0) return [];
  await context.dialect.lock(client, 'exchange_log');
  const entries = chainRecords(await readHead(client), records, context.sha256);
  await insertMany(
    client,
    { into: 'exchange_log', columns: ['seq', 'hash', 'text', 'message_id'], maxParams: context.dialect.maxParams },
    entries.map((entry) => [entry.seq, entry.hash, entry.text, entry.messageId ?? null]),
  );
  return entries;
}

export async function logPage(client: SqlClient, afterSeq: number, limit: number): Promise<LogEntry[]> {
  const rows = await client.all<LogRow>(
    'SELECT seq, hash, text, message_id FROM exchange_log WHERE seq > ? ORDER BY seq LIMIT ?',
    [afterSeq, limit],
  );
  return rows.map(toLogEntry);
}
