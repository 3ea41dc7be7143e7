import type { Lineage } from '../core/model/record.js';
import type { MessageIdentifiers, NewMessage, StoredMessage, StoredMessageType } from '../core/ports/message-store.js';
import { normalizeReference } from '../core/verification/normalize.js';
import { textColumn } from './text-column.js';

type Json = string | object;

/** A `messages` row as either driver returns it (SQLite: JSON as text; PostgreSQL: parsed, and `Date`s). */
export interface MessageRow {
  seq: number | string;
  id: string;
  message_type: StoredMessageType;
  name: string;
  issued_at: string | null;
  stored_at: string | Date;
  identifiers: Json;
  lineage: Json;
  warnings: Json;
  body: Json;
}

export const MESSAGE_COLUMNS =
  'm.seq, m.id, m.message_type, m.name, m.issued_at, m.stored_at, m.identifiers, m.lineage, m.warnings, m.body';

/** Column values of one message, in the order of `MESSAGE_INSERT_COLUMNS`. */
export const MESSAGE_INSERT_COLUMNS = [
  'id',
  'message_type',
  'name',
  'mrn',
  'lrn',
  'issued_at',
  'source',
  'stored_at',
  'raw_sha256',
  'identifiers',
  'lineage',
  'warnings',
  'body',
] as const;

export function messageValues(message: NewMessage, storedAt: string): (string | null)[] {
  const { identifiers, lineage } = message;
  return [
    textColumn(message.id),
    message.messageType,
    textColumn(message.name),
    identifiers.mrn === undefined ? null : textColumn(identifiers.mrn),
    identifiers.lrn === undefined ? null : textColumn(identifiers.lrn),
    message.issuedAt ?? null,
    textColumn(lineage.source),
    storedAt,
    lineage.rawSha256,
    JSON.stringify(identifiers),
    JSON.stringify(lineage),
    JSON.stringify(message.warnings),
    JSON.stringify(message.body ?? null),
  ];
}

/** Transport documents and containers, one row each, as looked up (see `referenceValue`). */
export function messageReferences(identifiers: MessageIdentifiers): { kind: string; value: string }[] {
  const rows = new Map<string, { kind: string; value: string }>();
  for (const [kind, values] of [
    ['document', identifiers.documents],
    ['container', identifiers.containers],
  ] as const) {
    for (const value of values) {
      const normalised = referenceValue(value);
      if (normalised !== '') rows.set(`${kind}|${normalised}`, { kind, value: normalised });
    }
  }
  return [...rows.values()];
}

/** References are compared as letters and digits only, the way the verification checks compare them. */
export function referenceValue(value: string): string {
  return textColumn(normalizeReference(value));
}

export function toStoredMessage(row: MessageRow): StoredMessage {
  const message: StoredMessage = {
    id: row.id,
    messageType: row.message_type,
    name: row.name,
    identifiers: json(row.identifiers) as MessageIdentifiers,
    body: json(row.body),
    lineage: json(row.lineage) as Lineage,
    warnings: json(row.warnings) as StoredMessage['warnings'],
    storedAt: typeof row.stored_at === 'string' ? row.stored_at : row.stored_at.toISOString(),
  };
  if (row.issued_at !== null) message.issuedAt = row.issued_at;
  return message;
}

function json(value: Json): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
