import type { StoredMessage } from '../../../core/exchange/ports/exchange-store.js';
import { insertMany, optional, orNull, type SqlClient, type SqlValue } from './sql-client.js';

export interface MessageRow {
  sender: string;
  id: string;
  direction: StoredMessage['direction'];
  recipient: string;
  type: StoredMessage['type'];
  correlation_id: string;
  in_reply_to: string | null;
  declaration_id: string | null;
  declaration_version: number | null;
  agreement_id: string;
  agreement_version: number;
  jws: string | null;
  digest: string;
  recorded_at: string;
  retain_until: string;
  published_at: string | null;
}

const COLUMNS = [
  'sender',
  'id',
  'direction',
  'recipient',
  'type',
  'correlation_id',
  'in_reply_to',
  'declaration_id',
  'declaration_version',
  'agreement_id',
  'agreement_version',
  'jws',
  'digest',
  'recorded_at',
  'retain_until',
  'published_at',
] as const;

export const MESSAGE_COLUMNS = COLUMNS.join(', ');

const toValues = (message: StoredMessage): SqlValue[] => [
  message.sender,
  message.id,
  message.direction,
  message.recipient,
  message.type,
  message.correlationId,
  orNull(message.inReplyTo),
  orNull(message.declarationId),
  orNull(message.declarationVersion),
  message.agreement.id,
  message.agreement.version,
  orNull(message.jws),
  message.digest,
  message.recordedAt,
  message.retainUntil,
  orNull(message.publishedAt),
];

export function toStoredMessage(row: MessageRow): StoredMessage {
  const message: StoredMessage = {
    id: row.id,
    direction: row.direction,
    sender: row.sender,
    recipient: row.recipient,
    type: row.type,
    correlationId: row.correlation_id,
    agreement: { id: row.agreement_id, version: Number(row.agreement_version) },
    digest: row.digest,
    recordedAt: row.recorded_at,
    retainUntil: row.retain_until,
  };
  const extra: Partial<StoredMessage> = {
    inReplyTo: optional(row.in_reply_to),
    declarationId: optional(row.declaration_id),
    declarationVersion: row.declaration_version === null ? undefined : Number(row.declaration_version),
    jws: optional(row.jws),
    publishedAt: optional(row.published_at),
  };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) Object.assign(message, { [key]: value });
  return message;
}

/** `ignoreExisting` skips a message already stored under the same (sender, id). */
export function insertMessages(
  client: SqlClient,
  messages: readonly StoredMessage[],
  options: { maxParams: number; ignoreExisting?: boolean },
): Promise<number> {
  const suffix = options.ignoreExisting ? 'ON CONFLICT DO NOTHING' : '';
  return insertMany(
    client,
    { into: 'exchange_messages', columns: COLUMNS, maxParams: options.maxParams, suffix },
    messages.map(toValues),
  );
}
