import pg from 'pg';
import type { RawMessage } from '../../core/model/record.js';
import type { Page } from '../../core/ports/declaration-store.js';
import type {
  MessageAppendResult,
  MessageQuery,
  MessageStore,
  NewMessage,
  StoredMessage,
  StoredMessageType,
} from '../../core/ports/message-store.js';
import { asBytes } from '../bytes.js';
import { encodeKeyset } from '../keyset-cursor.js';
import { messageQuery } from '../message-query-sql.js';
import { MESSAGE_COLUMNS, toStoredMessage, type MessageRow } from '../message-row.js';
import { assertRawHashes } from '../raw-hash.js';
import { textColumn } from '../text-column.js';
import { appendPostgresMessages } from './postgres-message-append.js';
import { quoteIdentifier } from './postgres-identifier.js';

export interface PostgresMessageStoreOptions {
  connectionString: string;
  /** Schema of the declaration store (it migrates the tables); default `public`. */
  schema?: string;
  maxConnections?: number;
}

/** Messages in the declaration store's PostgreSQL schema (tables of migration 004). */
export class PostgresMessageStore implements MessageStore {
  readonly #pool: pg.Pool;
  readonly #owned: boolean;

  private constructor(pool: pg.Pool, owned: boolean) {
    this.#pool = pool;
    this.#owned = owned;
  }

  /** Uses a pool whose connections already search the store's schema; `close()` leaves it open. */
  static onPool(pool: pg.Pool): PostgresMessageStore {
    return new PostgresMessageStore(pool, false);
  }

  static open(options: PostgresMessageStoreOptions): PostgresMessageStore {
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 4,
      options: `-c search_path=${quoteIdentifier(options.schema ?? 'public')}`,
    });
    pool.on('error', () => undefined);
    return new PostgresMessageStore(pool, true);
  }

  async append(batch: readonly NewMessage[], raw: readonly RawMessage[]): Promise<MessageAppendResult[]> {
    assertRawHashes(raw);
    if (batch.length === 0 && raw.length === 0) return [];
    return appendPostgresMessages(this.#pool, batch, raw);
  }

  async get(id: string): Promise<StoredMessage | undefined> {
    const { rows } = await this.#pool.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM messages m WHERE m.id = $1`, [
      textColumn(id),
    ]);
    return rows[0] && toStoredMessage(rows[0]);
  }

  async query(query: MessageQuery): Promise<Page<StoredMessage>> {
    const { text, values, limit } = messageQuery(query, 'postgres');
    const { rows } = await this.#pool.query<MessageRow>(text, values);
    const items = rows.slice(0, limit).map(toStoredMessage);
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return last ? { items, nextCursor: encodeKeyset([Number(last.seq)]) } : { items };
  }

  async *scan(type: StoredMessageType, batchSize = 1000): AsyncIterable<StoredMessage[]> {
    let after = 0;
    for (;;) {
      const { rows } = await this.#pool.query<MessageRow>(
        `SELECT ${MESSAGE_COLUMNS} FROM messages m WHERE m.message_type = $1 AND m.seq > $2 ORDER BY m.seq LIMIT $3`,
        [type, after, batchSize],
      );
      if (rows.length === 0) return;
      yield rows.map(toStoredMessage);
      after = Number(rows.at(-1)!.seq);
    }
  }

  async raw(id: string): Promise<RawMessage | undefined> {
    const { rows } = await this.#pool.query<{ sha256: string; media_type: string; body: Buffer }>(
      `SELECT r.sha256, r.media_type, r.body FROM messages m JOIN raw_messages r ON r.sha256 = m.raw_sha256
       WHERE m.id = $1`,
      [textColumn(id)],
    );
    const row = rows[0];
    return row && { sha256: row.sha256, mediaType: row.media_type, body: asBytes(row.body) };
  }

  async lrnsForMrn(mrn: string): Promise<string[]> {
    const { rows } = await this.#pool.query<{ lrn: string }>(
      `SELECT lrn FROM messages WHERE mrn = $1 AND message_type = 'notification' AND lrn IS NOT NULL
       ORDER BY seq DESC`,
      [textColumn(mrn.trim())],
    );
    return [...new Set(rows.map((row) => row.lrn))];
  }

  async close(): Promise<void> {
    if (this.#owned) await this.#pool.end();
  }
}
