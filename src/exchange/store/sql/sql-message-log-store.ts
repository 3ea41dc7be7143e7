import type { Checkpoint } from '../../../core/exchange/checkpoint.js';
import type {
  MessageLogStore,
  ReceivedItem,
  ReceiveRecordResult,
  SentItem,
  StoredDecision,
} from '../../../core/exchange/ports/exchange-store.js';
import type { LogRecord } from '../../../core/exchange/log-entry.js';
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
    recordReceived: groupCommit((items) => client.transaction((tx) => recordReceivedBatch(tx, items, chain))),
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

/**
 * Group commit: calls that arrive while a transaction runs wait and go together in the next
 * one, so that a receiver handling many messages at once pays for one commit, not hundreds.
 * If a shared transaction fails, its items are retried one by one (one bad item fails alone).
 */
function groupCommit<T, R>(run: (items: T[]) => Promise<R[]>, maxBatch = 500): (item: T) => Promise<R> {
  const queue: { item: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  let flushing = false;
  const settle = async (batch: typeof queue) => {
    try {
      const results = await run(batch.map((waiting) => waiting.item));
      batch.forEach((waiting, index) => waiting.resolve(results[index]!));
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else for (const waiting of batch) await settle([waiting]);
    }
  };
  const flush = async () => {
    flushing = true;
    while (queue.length > 0) await settle(queue.splice(0, maxBatch));
    flushing = false;
  };
  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!flushing) void flush();
    });
}

async function recordReceivedBatch(
  tx: SqlClient,
  items: readonly ReceivedItem[],
  chain: { dialect: SqlDialect; sha256: Sha256 },
): Promise<ReceiveRecordResult[]> {
  await chain.dialect.lock(tx, 'exchange_log');
  const claimed = await claimProcessed(tx, items, chain.dialect.maxParams);
  const seen = new Set<string>();
  const fresh = items.map((item) => {
    const key = `${item.message.sender}\u0000${item.message.id}`;
    const first = claimed.has(key) && !seen.has(key);
    seen.add(key);
    return first;
  });
  const accepted = items.filter((_, index) => fresh[index]);
  await insertMessages(
    tx,
    accepted.map((item) => item.message),
    { maxParams: chain.dialect.maxParams, ignoreExisting: true },
  );
  for (const item of accepted) if (item.decision) await insertDecision(tx, item.decision);
  const records = items.map((item, index): LogRecord =>
    fresh[index] ? item.record : { ...item.record, outcome: 'rejected', code: 'replayed' },
  );
  const entries = await appendToLog(tx, records, chain);
  return entries.map((entry, index) => ({ status: fresh[index] ? 'recorded' : 'duplicate', entry }));
}

/** Claims (sender, id) pairs not processed before; returns the ones this call claimed. */
async function claimProcessed(tx: SqlClient, items: readonly ReceivedItem[], maxParams: number): Promise<Set<string>> {
  const claimed = new Set<string>();
  const chunk = Math.floor(maxParams / 4);
  for (let start = 0; start < items.length; start += chunk) {
    const slice = items.slice(start, start + chunk);
    const rows = await tx.all<{ sender: string; message_id: string }>(
      `INSERT INTO exchange_processed (sender, message_id, processed_at, expires_at) VALUES ${slice.map(() => list(4)).join(',')}
       ON CONFLICT DO NOTHING RETURNING sender, message_id`,
      slice.flatMap((item) => [item.message.sender, item.message.id, item.record.recordedAt, item.rememberUntil]),
    );
    for (const row of rows) claimed.add(`${row.sender}\u0000${row.message_id}`);
  }
  return claimed;
}

async function insertDecision(tx: SqlClient, d: StoredDecision): Promise<void> {
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
