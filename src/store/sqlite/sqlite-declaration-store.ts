import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { DeclarationRecord, RawMessage } from '../../core/model/record.js';
import type {
  AppendResult,
  DeclarationQuery,
  DeclarationStore,
  DeclarationSummary,
  NewDeclarationVersion,
  Page,
  ScanOptions,
  ScannedDeclaration,
  StoredVersionRef,
} from '../../core/ports/declaration-store.js';
import { attempt } from '../attempt.js';
import { asBytes } from '../bytes.js';
import { encodeCursor } from '../page-cursor.js';
import { summaryQuery } from '../query-sql.js';
import { assertRawHashes } from '../raw-hash.js';
import { KeyLookup } from '../key-lookup.js';
import { toRecord, toSummary, type HeadRow, type RecordRow, type SummaryRow } from '../record-row.js';
import { textColumn } from '../text-column.js';
import { createSqliteAppend } from './sqlite-append.js';
import { migrateSqlite } from './sqlite-migrator.js';
import { sqliteMigrations } from './sqlite-migrations.js';
import { sqliteScan } from './sqlite-scan.js';
import { SqliteStatementCache } from './sqlite-statement-cache.js';
import { prepareStatements, type SqliteStatements } from './sqlite-statements.js';

export interface SqliteDeclarationStoreOptions {
  /** Database file (parent folders are created), or `:memory:`. The CLI default is `./data/tamga.db`. */
  path: string;
  /** How long a write waits for another process holding the lock, in ms (default 5000). */
  busyTimeoutMs?: number;
}

/** The embedded default store: better-sqlite3 in WAL mode, one IMMEDIATE transaction per batch. */
export class SqliteDeclarationStore implements DeclarationStore {
  readonly #db: Database.Database;
  #statements: SqliteStatements | undefined;
  readonly #append: ReturnType<typeof createSqliteAppend>;
  readonly #queries: SqliteStatementCache;

  private constructor(db: Database.Database) {
    this.#db = db;
    this.#queries = new SqliteStatementCache(db);
    this.#append = createSqliteAppend(db, () => this.statements);
  }

  /** Opens (or creates) the database; call `migrate()` before first use of a new file. */
  static create(options: SqliteDeclarationStoreOptions): Promise<SqliteDeclarationStore> {
    return attempt(() => new SqliteDeclarationStore(openDatabase(options)));
  }

  /** Statements are prepared on first use: before `migrate()` on a new file their tables do not exist. */
  private get statements(): SqliteStatements {
    this.#statements ??= prepareStatements(this.#db);
    return this.#statements;
  }

  /** The open connection, for the stores that keep their tables in the same database (messages, findings). */
  get database(): Database.Database {
    return this.#db;
  }

  migrate(): Promise<void> {
    migrateSqlite(this.#db, sqliteMigrations);
    this.#statements = undefined;
    this.#queries.clear();
    return Promise.resolve();
  }

  append(batch: readonly NewDeclarationVersion[], raw: readonly RawMessage[]): Promise<AppendResult[]> {
    return attempt(() => {
      assertRawHashes(raw);
      return this.#append(batch, raw);
    });
  }

  get(id: string, version?: number): Promise<DeclarationRecord | undefined> {
    return attempt(() => {
      const row = (
        version === undefined
          ? this.statements.latest.get(textColumn(id))
          : this.statements.version.get(textColumn(id), version)
      ) as RecordRow | undefined;
      return row && toRecord(row);
    });
  }

  versions(id: string): Promise<DeclarationRecord[]> {
    return attempt(() => (this.statements.versions.all(textColumn(id)) as RecordRow[]).map(toRecord));
  }

  query(query: DeclarationQuery): Promise<Page<DeclarationSummary>> {
    return attempt(() => {
      const { text, values, limit } = summaryQuery(query, 'sqlite');
      const rows = this.#queries.get(text).all(...values) as SummaryRow[];
      const items = rows.slice(0, limit).map(toSummary);
      const last = rows.length > limit ? rows[limit - 1] : undefined;
      return last ? { items, nextCursor: encodeCursor({ issueDate: last.issue_date, id: last.id }) } : { items };
    });
  }

  raw(sha256: string): Promise<RawMessage | undefined> {
    return attempt(() => {
      const row = this.statements.raw.get(textColumn(sha256)) as
        { sha256: string; media_type: string; body: Buffer } | undefined;
      if (!row) return undefined;
      return { sha256: row.sha256, mediaType: row.media_type, body: asBytes(row.body) };
    });
  }

  findByKeys(keys: readonly string[]): Promise<Map<string, StoredVersionRef>> {
    return attempt(() => {
      const lookup = new KeyLookup(keys);
      return lookup.answer(this.statements.latestHeads.all(JSON.stringify(lookup.stored)) as HeadRow[]);
    });
  }

  scan(options: ScanOptions = {}): AsyncIterable<ScannedDeclaration[]> {
    return sqliteScan(this.#queries, options);
  }

  count(): Promise<number> {
    return attempt(() => this.statements.count.get() as number);
  }

  close(): Promise<void> {
    this.#db.close();
    return Promise.resolve();
  }
}

function openDatabase(options: SqliteDeclarationStoreOptions): Database.Database {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path, { timeout: options.busyTimeoutMs ?? 5000 });
  // Declaration rows are 1-3 kB: on the default 4 kB pages one row fills a page. Only a new file takes it.
  db.pragma('page_size = 16384');
  // NORMAL is durable in WAL mode except for the last commits before a power loss, never corrupting.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  // Bulk appends rewrite the same index pages batch after batch: checkpointing less often writes each once.
  db.pragma('wal_autocheckpoint = 16384');
  return db;
}
