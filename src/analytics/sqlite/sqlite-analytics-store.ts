import Database from 'better-sqlite3';
import type {
  AnalyticsFilter,
  AnalyticsMeta,
  AnalyticsStore,
  DeclarationListItem,
  DeclarationListQuery,
  LaneFact,
  OverviewAnalytics,
  QualityAnalytics,
  QualityQuery,
  RefreshReport,
} from '../../core/ports/analytics-store.js';
import { readDeclarationList } from '../sql/declaration-list-query.js';
import { readMeta } from '../sql/meta-query.js';
import { readOverview } from '../sql/overview-query.js';
import { readQuality } from '../sql/quality-query.js';
import type { SqlRunner } from '../sql/sql-runner.js';
import { createSqliteCatchUp } from './sqlite-catch-up.js';

export interface SqliteAnalyticsStoreOptions {
  /** The declaration store's database file; its migrations (002 analytics) must have run. */
  path: string;
  busyTimeoutMs?: number;
}

/**
 * Analytics over the embedded store, on a connection of its own to the same file (WAL lets it
 * read while the declaration store writes). The catch-up follows `declaration_versions` and
 * `inspection_outcomes` by rowid: both are append-only and written by one writer at a time, so
 * their rowids grow in commit order and a position is never skipped.
 */
export class SqliteAnalyticsStore implements AnalyticsStore {
  readonly #db: Database.Database;
  readonly #runner: SqlRunner;
  readonly #catchUp: ReturnType<typeof createSqliteCatchUp>;
  readonly #recordLanes: (lanes: readonly LaneFact[]) => void;

  private constructor(db: Database.Database) {
    this.#db = db;
    const cache = new Map<string, Database.Statement>();
    const prepared = (sql: string) => {
      let statement = cache.get(sql);
      if (!statement) cache.set(sql, (statement = db.prepare(sql)));
      return statement;
    };
    this.#runner = {
      dialect: 'sqlite',
      all: <T extends object>(sql: string, values: readonly unknown[]) =>
        Promise.resolve(prepared(sql).all(...values) as T[]),
    };
    this.#catchUp = createSqliteCatchUp(db);
    this.#recordLanes = (lanes) => this.#catchUp.recordLanes(lanes);
  }

  static open(options: SqliteAnalyticsStoreOptions): SqliteAnalyticsStore {
    if (options.path === ':memory:') {
      throw new Error('analytics need the store in a file (sqlite:<path>): a second connection cannot see :memory:');
    }
    const db = new Database(options.path, { fileMustExist: true, timeout: options.busyTimeoutMs ?? 5000 });
    db.pragma('cache_size = -32768');
    return new SqliteAnalyticsStore(db);
  }

  /**
   * Folds in what was appended. When another writer holds the database longer than the busy
   * timeout, the views answer from the aggregates as they are (a few seconds behind) rather
   * than fail; the next call folds in the rest.
   */
  refresh(): Promise<RefreshReport> {
    try {
      return Promise.resolve(this.#catchUp.refresh());
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
      return Promise.resolve({ versions: 0, outcomes: 0 });
    }
  }

  async meta(): Promise<AnalyticsMeta> {
    await this.refresh();
    return readMeta(this.#runner);
  }

  async overview(filter: AnalyticsFilter): Promise<OverviewAnalytics> {
    await this.refresh();
    return readOverview(this.#runner, filter);
  }

  async quality(query: QualityQuery): Promise<QualityAnalytics> {
    await this.refresh();
    return readQuality(this.#runner, query);
  }

  async declarations(query: DeclarationListQuery): Promise<{ items: DeclarationListItem[]; total: number }> {
    await this.refresh();
    return readDeclarationList(this.#runner, query);
  }

  recordLanes(lanes: readonly LaneFact[]): Promise<void> {
    this.#recordLanes(lanes);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.#db.close();
    return Promise.resolve();
  }
}
