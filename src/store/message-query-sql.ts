import type { MessageQuery } from '../core/ports/message-store.js';
import { STORED_MESSAGE_TYPES } from '../core/ports/message-store.js';
import { decodeKeyset } from './keyset-cursor.js';
import { MESSAGE_COLUMNS, referenceValue } from './message-row.js';
import { pageSize } from './page-cursor.js';
import type { SqlDialect, SqlStatement } from './query-sql.js';
import { SqlParams } from './sql-params.js';
import { StoreError } from './store-error.js';
import { textColumn } from './text-column.js';

/** Messages matching every filter, in arrival order, one more than the page to know whether more follow. */
export function messageQuery(query: MessageQuery, dialect: SqlDialect): SqlStatement & { limit: number } {
  const limit = pageSize(query.limit);
  if (query.type !== undefined && !STORED_MESSAGE_TYPES.includes(query.type)) {
    throw new StoreError(
      'invalid-query',
      `type must be one of ${STORED_MESSAGE_TYPES.join(', ')}, not "${String(query.type)}".`,
    );
  }
  const p = new SqlParams(dialect);
  p.when(query.type, (v) => `m.message_type = ${v}`);
  p.when(trimmed(query.mrn), (v) => `m.mrn = ${v}`);
  p.when(trimmed(query.lrn), (v) => `m.lrn = ${v}`);
  for (const kind of ['document', 'container'] as const) {
    const value = query[kind];
    p.when(
      value === undefined ? undefined : referenceValue(value),
      (v) =>
        `EXISTS (SELECT 1 FROM message_references r WHERE r.kind = '${kind}' AND r.value = ${v} AND r.message_seq = m.seq)`,
    );
  }
  if (query.cursor !== undefined) {
    const [seq] = decodeKeyset(query.cursor, 'n');
    p.when(seq, (v) => `m.seq > ${v}`);
  }
  const text = `SELECT ${MESSAGE_COLUMNS} FROM messages m${p.clause()} ORDER BY m.seq LIMIT ${p.param(limit + 1)}`;
  return { text, values: p.values, limit };
}

function trimmed(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? textColumn(text) : undefined;
}
