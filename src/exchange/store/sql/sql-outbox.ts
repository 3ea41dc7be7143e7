import type { OutboxDelivery, OutboxStore } from '../../../broker/embedded/outbox-store.js';
import type { BrokerMessage } from '../../../core/ports/broker.js';
import { insertMany, list, type SqlClient, type SqlDialect } from './sql-client.js';

interface ClaimRow {
  seq: number | string;
  attempts: number;
  id: string;
  subject: string;
  headers: string | null;
  data: Uint8Array;
}

/** `a.b.>` matches every subject below `a.b.`; anything else matches itself only. */
function subjectCondition(filter: string): { sql: string; value: string } {
  if (filter === '>') return { sql: "o.subject LIKE ? ESCAPE '!'", value: '%' };
  if (filter.endsWith('.>'))
    return { sql: "o.subject LIKE ? ESCAPE '!'", value: `${filter.slice(0, -1).replace(/[!%_]/g, '!$&')}%` };
  return { sql: 'o.subject = ?', value: filter };
}

/** The embedded broker's outbox and consumer progress, in the exchange database. */
export function sqlOutboxStore(client: SqlClient, dialect: SqlDialect): OutboxStore {
  return {
    outboxAppend: (messages, at) =>
      client.transaction((tx) => append(tx, { messages, at, maxParams: dialect.maxParams })),
    outboxClaim: (options) => client.transaction((tx) => claim(tx, dialect, options)),
    async outboxSettle(durable, seqs) {
      for (let start = 0; start < seqs.length; start += 500) {
        const slice = seqs.slice(start, start + 500);
        await client.run(`DELETE FROM exchange_consumer_pending WHERE durable = ? AND seq IN ${list(slice.length)}`, [
          durable,
          ...slice,
        ]);
      }
    },
    async outboxReschedule(durable, seq, dueAt) {
      await client.run('UPDATE exchange_consumer_pending SET due_at = ? WHERE durable = ? AND seq = ?', [
        dueAt,
        durable,
        seq,
      ]);
    },
  };
}

const APPEND_COLUMNS = '(id, subject, headers, data, published_at)';

/** One multi-row insert per chunk; RETURNING tells which ids were new (JetStream-like de-duplication). */
async function append(tx: SqlClient, options: { messages: readonly BrokerMessage[]; at: string; maxParams: number }) {
  const inserted = new Set<string>();
  const chunk = Math.floor(options.maxParams / 5);
  for (let start = 0; start < options.messages.length; start += chunk) {
    const slice = options.messages.slice(start, start + chunk);
    const rows = await tx.all<{ id: string }>(
      `INSERT INTO exchange_outbox ${APPEND_COLUMNS} VALUES ${slice.map(() => list(5)).join(',')} ON CONFLICT (id) DO NOTHING RETURNING id`,
      slice.flatMap((message) => [
        message.id,
        message.subject,
        message.headers ? JSON.stringify(message.headers) : null,
        Buffer.from(message.data),
        options.at,
      ]),
    );
    for (const row of rows) inserted.add(row.id);
  }
  const seen = new Set<string>();
  return options.messages.map((message) => {
    const first = !seen.has(message.id);
    seen.add(message.id);
    return first && inserted.has(message.id) ? ('published' as const) : ('duplicate' as const);
  });
}

async function claim(
  tx: SqlClient,
  dialect: SqlDialect,
  options: { durable: string; filter: string; limit: number; now: number; leaseMs: number },
): Promise<OutboxDelivery[]> {
  const { durable, filter, limit, now } = options;
  await dialect.lock(tx, `exchange_consumer:${durable}`);
  await tx.run(
    'INSERT INTO exchange_consumers (durable, filter, last_seq) VALUES (?,?,0) ON CONFLICT (durable) DO NOTHING',
    [durable, filter],
  );
  const [consumer] = await tx.all<{ last_seq: number | string }>(
    'SELECT last_seq FROM exchange_consumers WHERE durable = ?',
    [durable],
  );
  const condition = subjectCondition(filter);
  const fresh = await tx.all<{ seq: number | string }>(
    `SELECT o.seq FROM exchange_outbox o WHERE o.seq > ? AND ${condition.sql} ORDER BY o.seq LIMIT ?`,
    [Number(consumer?.last_seq ?? 0), condition.value, limit * 4],
  );
  if (fresh.length > 0) {
    const columns = ['durable', 'seq', 'attempts', 'due_at'];
    await insertMany(
      tx,
      { into: 'exchange_consumer_pending', columns, maxParams: dialect.maxParams, suffix: 'ON CONFLICT DO NOTHING' },
      fresh.map((row) => [durable, Number(row.seq), 0, now]),
    );
    await tx.run('UPDATE exchange_consumers SET last_seq = ? WHERE durable = ?', [Number(fresh.at(-1)!.seq), durable]);
  }
  const due = await tx.all<ClaimRow>(
    `SELECT p.seq, p.attempts, o.id, o.subject, o.headers, o.data FROM exchange_consumer_pending p
     JOIN exchange_outbox o ON o.seq = p.seq WHERE p.durable = ? AND p.due_at <= ? ORDER BY p.seq LIMIT ?`,
    [durable, now, limit],
  );
  if (due.length === 0) return [];
  await tx.run(
    `UPDATE exchange_consumer_pending SET attempts = attempts + 1, due_at = ? WHERE durable = ? AND seq IN ${list(due.length)}`,
    [now + options.leaseMs, durable, ...due.map((row) => Number(row.seq))],
  );
  return due.map((row) => ({ seq: Number(row.seq), attempt: Number(row.attempts) + 1, message: toMessage(row) }));
}

function toMessage(row: ClaimRow): BrokerMessage {
  const message: BrokerMessage = { id: row.id, subject: row.subject, data: new Uint8Array(row.data) };
  return row.headers === null ? message : { ...message, headers: JSON.parse(row.headers) as Record<string, string> };
}
