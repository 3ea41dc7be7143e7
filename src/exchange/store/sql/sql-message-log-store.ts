import type { Checkpoint } from '../../../core/exchange/checkpoint.js';
import type { MessageLogStore, ReceivedItem, SentItem } from '../../../core/exchange/ports/exchange-store.js';
import type { Sha256 } from '../../../core/ports/hasher.js';
import { appendToLog, logPage, readHead, toLogEntry } from './sql-log.js';
import { insertMessages, MESSAGE_COLUMNS, toStoredMessage, type MessageRow } from './sql-messages.js';
import { insertMany, list, orNull, type SqlClient, type SqlDialect } from './sql-client.js';

interface Context {
  client: SqlClient;
  dialect: SqlDialect;
  sha256: Sha256;
}

/** Messages, the hash-chained log and its checkpoints over SQL. */
export function sqlMessageLogStore({ client, dialect, sha256 }: Context): MessageLogStore {
  const chain = { dialect, sha256 };
  return {
    recordSent: (items) =>
      client.transaction(async (tx) => {
        const entries = await appendToLog(
          tx,
          items.map((item) => item.record),
          chain,
        );
        await insertMessages(
          tx,
          items.map((item) => item.message),
          { maxParams: dialect.maxParams },
        );
        await insertDeliveries(tx, items, dialect.maxParams);
        return entries;
      }),
    recordReceived: (item) => client.transaction((tx) => recordReceived(tx, item, chain)),
    appendLog: (records) => client.transaction((tx) => appendToLog(tx, records, chain)),
    logHead: () => readHead(client),
    logPage: (afterSeq, limit) => logPage(client, afterSeq, limit),
    async logEntriesFor(messageId) {
      const rows = await client.all<Parameters<typeof toLogEntry>[0]>(
        'SELECT seq, hash, text, message_id FROM exchange_log WHERE message_id = ? ORDER BY seq',
        [messageId],
      );
      return rows.map(toLogEntry);
    },
    async saveCheckpoint(checkpoint) {
      await client.run(
        'INSERT INTO exchange_checkpoints (seq, head, sealed_at, jws) VALUES (?,?,?,?) ON CONFLICT (seq) DO NOTHING',
        [checkpoint.seq, checkpoint.head, checkpoint.sealedAt, checkpoint.jws],
      );
    },
    async checkpoints() {
      const rows = await client.all<{ seq: number | string; head: string; sealed_at: string; jws: string }>(
        'SELECT * FROM exchange_checkpoints ORDER BY seq',
      );
      return rows.map((row): Checkpoint => ({
        seq: Number(row.seq),
        head: row.head,
        sealedAt: row.sealed_at,
        jws: row.jws,
      }));
    },
    async message(sender, id) {
      const [row] = await client.all<MessageRow>(
        `SELECT ${MESSAGE_COLUMNS} FROM exchange_messages WHERE sender = ? AND id = ?`,
        [sender, id],
      );
      return row ? toStoredMessage(row) : undefined;
    },
    async messagesAbout(declarationId) {
      const rows = await client.all<MessageRow>(
        `SELECT ${MESSAGE_COLUMNS} FROM exchange_messages WHERE declaration_id = ? ORDER BY recorded_at, id`,
        [declarationId],
      );
      return rows.map(toStoredMessage);
    },
    async messagesById(id) {
      const rows = await client.all<MessageRow>(
        `SELECT ${MESSAGE_COLUMNS} FROM exchange_messages WHERE id = ? ORDER BY recorded_at`,
        [id],
      );
      return rows.map(toStoredMessage);
    },
    async unpublished(limit) {
      const rows = await client.all<MessageRow>(
        `SELECT ${MESSAGE_COLUMNS} FROM exchange_messages WHERE published_at IS NULL AND direction = 'sent' ORDER BY recorded_at, id LIMIT ?`,
        [limit],
      );
      return rows.map(toStoredMessage);
    },
    async markPublished(ids, at) {
      for (let start = 0; start < ids.length; start += 500) {
        const slice = ids.slice(start, start + 500);
        await client.run(
          `UPDATE exchange_messages SET published_at = ? WHERE direction = 'sent' AND id IN ${list(slice.length)}`,
          [at, ...slice],
        );
      }
    },
    purgeBodies: (now) =>
      client.run('UPDATE exchange_messages SET jws = NULL WHERE retain_until <= ? AND jws IS NOT NULL', [now]),
    purgeProcessed: (now) => client.run('DELETE FROM exchange_processed WHERE expires_at <= ?', [now]),
  };
}

function insertDeliveries(client: SqlClient, items: readonly SentItem[], maxParams: number): Promise<number> {
  const columns = ['member_id', 'message_id', 'mode', 'status', 'attempts', 'updated_at'];
  const rows = items.map((item) => [
    item.message.recipient,
    item.message.id,
    item.delivery,
    'pending',
    0,
    item.message.recordedAt,
  ]);
  return insertMany(client, { into: 'exchange_deliveries', columns, maxParams }, rows);
}

async function recordReceived(tx: SqlClient, item: ReceivedItem, chain: { dialect: SqlDialect; sha256: Sha256 }) {
  const { message, record } = item;
  await chain.dialect.lock(tx, 'exchange_log');
  const claimed = await tx.run(
    'INSERT INTO exchange_processed (sender, message_id, processed_at, expires_at) VALUES (?,?,?,?) ON CONFLICT DO NOTHING',
    [message.sender, message.id, record.recordedAt, item.rememberUntil],
  );
  if (claimed === 0) {
    const [entry] = await appendToLog(tx, [{ ...record, outcome: 'rejected', code: 'replayed' }], chain);
    return { status: 'duplicate' as const, entry: entry! };
  }
  await insertMessages(tx, [message], { maxParams: chain.dialect.maxParams, ignoreExisting: true });
  if (item.decision) {
    const d = item.decision;
    await tx.run(
      `INSERT INTO exchange_decisions (sender, message_id, declaration_id, declaration_version, in_reply_to, outcome, certificate_number,
       reason, valid_until, agreement_id, agreement_version, decided_at) VALUES ${list(12)}`,
      [
        d.memberId,
        d.messageId,
        d.declarationId,
        d.declarationVersion,
        d.inReplyTo,
        d.outcome,
        orNull(d.certificateNumber),
        orNull(d.reason),
        orNull(d.validUntil),
        d.agreement.id,
        d.agreement.version,
        d.decidedAt,
      ],
    );
  }
  const [entry] = await appendToLog(tx, [record], chain);
  return { status: 'recorded' as const, entry: entry! };
}
