import type {
  Delivery,
  DeliveryStore,
  InboxItem,
  StoredDecision,
} from '../../../core/exchange/ports/exchange-store.js';
import { list, optional, orNull, type SqlClient } from './sql-client.js';

interface DecisionRow {
  sender: string;
  message_id: string;
  declaration_id: string;
  declaration_version: number;
  in_reply_to: string;
  outcome: StoredDecision['outcome'];
  certificate_number: string | null;
  reason: string | null;
  valid_until: string | null;
  agreement_id: string;
  agreement_version: number;
  decided_at: string;
}

function toDecision(row: DecisionRow): StoredDecision {
  const decision: StoredDecision = {
    messageId: row.message_id,
    memberId: row.sender,
    declarationId: row.declaration_id,
    declarationVersion: Number(row.declaration_version),
    inReplyTo: row.in_reply_to,
    outcome: row.outcome,
    agreement: { id: row.agreement_id, version: Number(row.agreement_version) },
    decidedAt: row.decided_at,
  };
  const extra = {
    certificateNumber: optional(row.certificate_number),
    reason: optional(row.reason),
    validUntil: optional(row.valid_until),
  };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) Object.assign(decision, { [key]: value });
  return decision;
}

interface DeliveryRow {
  member_id: string;
  message_id: string;
  mode: Delivery['mode'];
  status: Delivery['status'];
  attempts: number | string;
  last_error: string | null;
  updated_at: string;
}

function toDelivery(row: DeliveryRow): Delivery {
  const error = optional(row.last_error);
  return {
    memberId: row.member_id,
    messageId: row.message_id,
    mode: row.mode,
    status: row.status,
    attempts: Number(row.attempts),
    ...(error !== undefined ? { lastError: error } : {}),
    updatedAt: row.updated_at,
  };
}

/**
 * Pull inboxes, delivery status and decisions over SQL. The inbox joins deliveries to
 * the sent messages; a purged body leaves the inbox (it cannot be delivered any more).
 */
export function sqlDeliveryStore(client: SqlClient): DeliveryStore {
  return {
    async deliveryCounts() {
      const rows = await client.all<{
        member_id: string;
        status: Delivery['status'];
        n: number | string;
        last: string;
      }>(
        `SELECT member_id, status, count(*) AS n, max(updated_at) AS last FROM exchange_deliveries
         GROUP BY member_id, status ORDER BY member_id, status`,
      );
      return rows.map((row) => ({
        memberId: row.member_id,
        status: row.status,
        count: Number(row.n),
        lastUpdatedAt: row.last,
      }));
    },
    async failedDeliveries(limit) {
      const rows = await client.all<DeliveryRow>(
        `SELECT member_id, message_id, mode, status, attempts, last_error, updated_at FROM exchange_deliveries
         WHERE status = 'dead' OR last_error IS NOT NULL ORDER BY updated_at DESC LIMIT ?`,
        [limit],
      );
      return rows.map(toDelivery);
    },
    async inbox(memberId, { after, limit }) {
      const rows = await client.all<{
        cursor: number | string;
        message_id: string;
        type: InboxItem['type'];
        jws: string;
        recorded_at: string;
      }>(
        `SELECT d.cursor, d.message_id, m.type, m.jws, m.recorded_at FROM exchange_deliveries d
         JOIN exchange_messages m ON m.direction = 'sent' AND m.id = d.message_id
         WHERE d.member_id = ? AND d.mode = 'pull' AND d.status = 'pending' AND d.cursor > ? AND m.jws IS NOT NULL
         ORDER BY d.cursor LIMIT ?`,
        [memberId, after ?? 0, limit],
      );
      return rows.map((row) => ({
        cursor: Number(row.cursor),
        messageId: row.message_id,
        type: row.type,
        jws: row.jws,
        recordedAt: row.recorded_at,
      }));
    },
    async ack(memberId, messageIds, at) {
      let changed = 0;
      for (let start = 0; start < messageIds.length; start += 500) {
        const slice = messageIds.slice(start, start + 500);
        changed += await client.run(
          `UPDATE exchange_deliveries SET status = 'acked', updated_at = ? WHERE member_id = ? AND mode = 'pull' AND status = 'pending' AND message_id IN ${list(slice.length)}`,
          [at, memberId, ...slice],
        );
      }
      return changed;
    },
    async delivery(memberId, messageId) {
      const [row] = await client.all<{
        mode: 'pull' | 'webhook' | 'nats';
        status: 'pending';
        attempts: number;
        last_error: string | null;
        updated_at: string;
      }>(
        'SELECT mode, status, attempts, last_error, updated_at FROM exchange_deliveries WHERE member_id = ? AND message_id = ?',
        [memberId, messageId],
      );
      if (!row) return undefined;
      const delivery = {
        memberId,
        messageId,
        mode: row.mode,
        status: row.status,
        attempts: Number(row.attempts),
        updatedAt: row.updated_at,
      };
      return row.last_error === null ? delivery : { ...delivery, lastError: row.last_error };
    },
    async updateDelivery(delivery) {
      await client.run(
        'UPDATE exchange_deliveries SET status = ?, attempts = ?, last_error = ?, updated_at = ? WHERE member_id = ? AND message_id = ?',
        [
          delivery.status,
          delivery.attempts,
          orNull(delivery.lastError),
          delivery.updatedAt,
          delivery.memberId,
          delivery.messageId,
        ],
      );
    },
    async decisions(declarationId) {
      const rows = await client.all<DecisionRow>(
        'SELECT * FROM exchange_decisions WHERE declaration_id = ? ORDER BY decided_at, message_id',
        [declarationId],
      );
      return rows.map(toDecision);
    },
  };
}
