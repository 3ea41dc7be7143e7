import Database from 'better-sqlite3';
import type { Page } from '../../core/ports/declaration-store.js';
import type {
  StoredVerificationFinding,
  VerificationFindingQuery,
  VerificationFindingStore,
  VerificationRecordResult,
  VerificationRun,
} from '../../core/ports/verification-finding-store.js';
import type { VerificationOutcome } from '../../core/verification/signals/verification-outcomes.js';
import { attempt } from '../attempt.js';
import {
  CODES_SQL,
  FINDING_INSERT_COLUMNS,
  OUTCOME_INSERT_COLUMNS,
  OUTCOMES_SQL,
  codeMap,
  findingCursor,
  findingQuery,
  findingRows,
  outcomeRows,
  toOutcome,
  toStoredFinding,
  type FindingRow,
} from '../verification-finding-sql.js';
import { SqliteStatementCache } from './sqlite-statement-cache.js';

const insert = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ON CONFLICT DO NOTHING`;

/** Verification findings in the declaration store's SQLite database (tables of migration 004). */
export class SqliteVerificationFindingStore implements VerificationFindingStore {
  readonly #db: Database.Database;
  readonly #owned: boolean;
  readonly #queries: SqliteStatementCache;

  private constructor(db: Database.Database, owned: boolean) {
    this.#db = db;
    this.#owned = owned;
    this.#queries = new SqliteStatementCache(db);
  }

  /** Uses an open connection to a migrated database; `close()` leaves it open. */
  static onDatabase(db: Database.Database): SqliteVerificationFindingStore {
    return new SqliteVerificationFindingStore(db, false);
  }

  static open(options: { path: string; busyTimeoutMs?: number }): SqliteVerificationFindingStore {
    const db = new Database(options.path, { timeout: options.busyTimeoutMs ?? 5000 });
    db.pragma('journal_mode = WAL');
    return new SqliteVerificationFindingStore(db, true);
  }

  record(run: VerificationRun): Promise<VerificationRecordResult> {
    return attempt(() => {
      const findings = this.#queries.get(insert('verification_findings', FINDING_INSERT_COLUMNS));
      const outcomes = this.#queries.get(insert('verification_outcomes', OUTCOME_INSERT_COLUMNS));
      const write = this.#db.transaction(() => {
        const recordedAt = new Date().toISOString();
        const rows = findingRows(run, recordedAt);
        let stored = 0;
        for (const row of rows) stored += findings.run(...row).changes;
        let written = 0;
        for (const row of outcomeRows(run, recordedAt)) written += outcomes.run(...row).changes;
        return { stored, duplicates: rows.length - stored, outcomes: written };
      });
      return write.immediate();
    });
  }

  async forDeclaration(declarationId: string): Promise<StoredVerificationFinding[]> {
    const items: StoredVerificationFinding[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.query({ declarationId, limit: 1000, ...(cursor ? { cursor } : {}) });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  query(query: VerificationFindingQuery): Promise<Page<StoredVerificationFinding>> {
    return attempt(() => {
      const { text, values, limit } = findingQuery(query, 'sqlite');
      const rows = this.#queries.get(text).all(...values) as FindingRow[];
      const items = rows.slice(0, limit).map(toStoredFinding);
      const last = rows.length > limit ? rows[limit - 1] : undefined;
      return last ? { items, nextCursor: findingCursor(last) } : { items };
    });
  }

  outcomes(): Promise<VerificationOutcome[]> {
    return attempt(() => (this.#queries.get(OUTCOMES_SQL).all() as Parameters<typeof toOutcome>[0][]).map(toOutcome));
  }

  codesByDeclaration(): Promise<Map<string, Set<string>>> {
    return attempt(() => codeMap(this.#queries.get(CODES_SQL).all() as { declaration_id: string; code: string }[]));
  }

  close(): Promise<void> {
    if (this.#owned) this.#db.close();
    return Promise.resolve();
  }
}
