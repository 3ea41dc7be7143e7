import pg from 'pg';
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
import { RECORD_COLUMNS, summaryQuery } from '../query-sql.js';
import { assertRawHashes } from '../raw-hash.js';
import { KeyLookup } from '../key-lookup.js';
import { toRecord, toSummary, type HeadRow, type RecordRow, type SummaryRow } from '../record-row.js';
import { textColumn } from '../text-column.js';
import { appendPostgres } from './postgres-append.js';
import { quoteIdentifier } from './postgres-identifier.js';
import { migratePostgres } from './postgres-migrator.js';
import { postgresMigrations } from './postgres-migrations.js';
import { postgresScan } from './postgres-scan.js';

export interface PostgresDeclarationStoreOptions {
  /** `postgres://user@host:port/database`. */
  connectionString: string;
  /** Schema holding Tamga's tables (created by `migrate()`), default `public`; tests use one each. */
  schema?: string;
  /** Pool size, default 10. */
  maxConnections?: number;
}

const VERSION_ROWS = `SELECT ${RECORD_COLUMNS} FROM declaration_versions v JOIN declarations d ON d.id = v.id`;

/** The production store: a `pg` pool, COPY for bulk appends, one transaction per batch. */
export class PostgresDeclarationStore implements DeclarationStore {
  readonly #pool: pg.Pool;
  readonly #schema: string;

  private constructor(pool: pg.Pool, schema: string) {
    this.#pool = pool;
    this.#schema = schema;
  }

  /** Creates the pool; connections open on first use. Call `migrate()` before first use of a new database. */
  static create(options: PostgresDeclarationStoreOptions): Promise<PostgresDeclarationStore> {
    return attempt(() => {
      const schema = options.schema ?? 'public';
      const pool = new pg.Pool({
        connectionString: options.connectionString,
        max: options.maxConnections ?? 10,
        options: `-c search_path=${quoteIdentifier(schema)}`,
      });
      // An idle connection the server closed is dropped by the pool; the next query reports real trouble.
      pool.on('error', () => undefined);
      return new PostgresDeclarationStore(pool, schema);
    });
  }

  /** The pool (its connections search the store's schema), for stores that share it (messages, findings). */
  get pool(): pg.Pool {
    return this.#pool;
  }

  migrate(): Promise<void> {
    return migratePostgres(this.#pool, this.#schema, postgresMigrations);
  }

  async append(batch: readonly NewDeclarationVersion[], raw: readonly RawMessage[]): Promise<AppendResult[]> {
    assertRawHashes(raw);
    if (batch.length === 0 && raw.length === 0) return [];
    return appendPostgres(this.#pool, batch, raw);
  }

  async get(id: string, version?: number): Promise<DeclarationRecord | undefined> {
    const result =
      version === undefined
        ? await this.#pool.query<RecordRow>(`${VERSION_ROWS} AND d.latest_version = v.version WHERE v.id = $1`, [
            textColumn(id),
          ])
        : await this.#pool.query<RecordRow>(`${VERSION_ROWS} WHERE v.id = $1 AND v.version = $2`, [
            textColumn(id),
            version,
          ]);
    const row = result.rows[0];
    return row && toRecord(row);
  }

  async versions(id: string): Promise<DeclarationRecord[]> {
    const result = await this.#pool.query<RecordRow>(`${VERSION_ROWS} WHERE v.id = $1 ORDER BY v.version`, [
      textColumn(id),
    ]);
    return result.rows.map(toRecord);
  }

  async query(query: DeclarationQuery): Promise<Page<DeclarationSummary>> {
    const { text, values, limit } = summaryQuery(query, 'postgres');
    const { rows } = await this.#pool.query<SummaryRow>(text, values);
    const items = rows.slice(0, limit).map(toSummary);
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return last ? { items, nextCursor: encodeCursor({ issueDate: last.issue_date, id: last.id }) } : { items };
  }

  async raw(sha256: string): Promise<RawMessage | undefined> {
    const { rows } = await this.#pool.query<{ sha256: string; media_type: string; body: Buffer }>(
      'SELECT sha256, media_type, body FROM raw_messages WHERE sha256 = $1',
      [textColumn(sha256)],
    );
    const row = rows[0];
    if (!row) return undefined;
    return { sha256: row.sha256, mediaType: row.media_type, body: asBytes(row.body) };
  }

  async findByKeys(keys: readonly string[]): Promise<Map<string, StoredVersionRef>> {
    if (keys.length === 0) return new Map();
    const lookup = new KeyLookup(keys);
    const { rows } = await this.#pool.query<HeadRow>(
      `SELECT d.key, d.id, d.latest_version, v.version, v.content_hash, v.function_code FROM declarations d
       JOIN declaration_versions v ON v.id = d.id AND v.version = d.latest_version WHERE d.key = ANY($1::text[])`,
      [lookup.stored],
    );
    return lookup.answer(rows);
  }

  scan(options: ScanOptions = {}): AsyncIterable<ScannedDeclaration[]> {
    return postgresScan(this.#pool, options);
  }

  async count(): Promise<number> {
    const { rows } = await this.#pool.query<{ n: string }>('SELECT count(*) AS n FROM declarations');
    return Number(rows[0]!.n);
  }

  close(): Promise<void> {
    return this.#pool.end();
  }
}
