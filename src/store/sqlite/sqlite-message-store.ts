import Database from 'better-sqlite3';
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
import { attempt } from '../attempt.js';
import { asBuffer, asBytes } from '../bytes.js';
import { encodeKeyset } from '../keyset-cursor.js';
import { messageQuery } from '../message-query-sql.js';
import { MESSAGE_COLUMNS, toStoredMessage, type MessageRow } from '../message-row.js';
import { assertRawHashes } from '../raw-hash.js';
import { StoreError } from '../store-error.js';
import { textColumn } from '../text-column.js';
import { SqliteStatementCache } from './sqlite-statement-cache.js';
import { prepareMessageStatements, type SqliteMessageStatements } from './sqlite-message-statements.js';

/**
 * Messages in the declaration store's SQLite database (tables of migration 004). It shares the
 * declaration store's connection when given one (`onDatabase`), so that `sqlite::memory:` works
 * and writers in one process never wait on each other's lock.
 */
export class SqliteMessageStore implements MessageStore {
  readonly #db: Database.Database;
  readonly #owned: boolean;
  readonly #queries: SqliteStatementCache;
  #statements: SqliteMessageStatements | undefined;
  /** One IMMEDIATE transaction per batch: raw bytes and messages are written together or not at all. */
  readonly #transaction: Database.Transaction<
    (batch: readonly NewMessage[], raw: readonly RawMessage[]) => MessageAppendResult[]
  >;

  private constructor(db: Database.Database, owned: boolean) {
    this.#db = db;
    this.#owned = owned;
    this.#queries = new SqliteStatementCache(db);
    this.#transaction = db.transaction((batch: readonly NewMessage[], raw: readonly RawMessage[]) => {
      const s = this.statements;
      const storedAt = new Date().toISOString();
      for (const message of raw) {
        s.insertRaw.run(message.sha256, textColumn(message.mediaType), asBuffer(message.body), storedAt);
      }
      return batch.map((message) => s.insert(message, storedAt));
    });
  }

  /** Uses an open connection to a migrated database; `close()` leaves it open. */
  static onDatabase(db: Database.Database): SqliteMessageStore {
    return new SqliteMessageStore(db, false);
  }

  /** Opens its own connection to a database file the declaration store has migrated. */
  static open(options: { path: string; busyTimeoutMs?: number }): SqliteMessageStore {
    const db = new Database(options.path, { timeout: options.busyTimeoutMs ?? 5000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    return new SqliteMessageStore(db, true);
  }

  private get statements(): SqliteMessageStatements {
    this.#statements ??= prepareMessageStatements(this.#db);
    return this.#statements;
  }

  append(batch: readonly NewMessage[], raw: readonly RawMessage[]): Promise<MessageAppendResult[]> {
    return attempt(() => {
      assertRawHashes(raw);
      try {
        return this.#transaction.immediate(batch, raw);
      } catch (cause) {
        throw new StoreError('append-failed', `The messages were not stored (nothing was written): ${String(cause)}`, {
          cause,
        });
      }
    });
  }

  get(id: string): Promise<StoredMessage | undefined> {
    return attempt(() => {
      const row = this.statements.byId.get(textColumn(id)) as MessageRow | undefined;
      return row && toStoredMessage(row);
    });
  }

  query(query: MessageQuery): Promise<Page<StoredMessage>> {
    return attempt(() => {
      const { text, values, limit } = messageQuery(query, 'sqlite');
      const rows = this.#queries.get(text).all(...values) as MessageRow[];
      const items = rows.slice(0, limit).map(toStoredMessage);
      const last = rows.length > limit ? rows[limit - 1] : undefined;
      return last ? { items, nextCursor: encodeKeyset([Number(last.seq)]) } : { items };
    });
  }

  async *scan(type: StoredMessageType, batchSize = 1000): AsyncIterable<StoredMessage[]> {
    const statement = this.#queries.get(
      `SELECT ${MESSAGE_COLUMNS} FROM messages m WHERE m.message_type = ? AND m.seq > ? ORDER BY m.seq LIMIT ?`,
    );
    let after = 0;
    for (;;) {
      const rows = statement.all(type, after, batchSize) as MessageRow[];
      if (rows.length === 0) return;
      yield rows.map(toStoredMessage);
      after = Number(rows.at(-1)!.seq);
      await Promise.resolve();
    }
  }

  raw(id: string): Promise<RawMessage | undefined> {
    return attempt(() => {
      const row = this.statements.raw.get(textColumn(id)) as
        { sha256: string; media_type: string; body: Buffer } | undefined;
      return row && { sha256: row.sha256, mediaType: row.media_type, body: asBytes(row.body) };
    });
  }

  lrnsForMrn(mrn: string): Promise<string[]> {
    return attempt(() => [...new Set(this.statements.lrnsForMrn.all(textColumn(mrn.trim())) as string[])]);
  }

  close(): Promise<void> {
    if (this.#owned) this.#db.close();
    return Promise.resolve();
  }
}
