import pg from 'pg';
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
import { foldOutcomeBatch, foldVersionBatch, inTransaction, rebuildDays } from './postgres-catch-up.js';
import { foldDecisionBatch, foldInspectionBatch } from './postgres-risk-follow.js';

export interface PostgresAnalyticsStoreOptions {
  connectionString: string;
  /** The declaration store's schema (default `public`); its migrations (002 analytics) must have run. */
  schema?: string;
  maxConnections?: number;
}

/** Analytics over the production store: the catch-up consumes the queues the 002 triggers fill. */
export class PostgresAnalyticsStore implements AnalyticsStore {
  readonly #pool: pg.Pool;
  readonly #runner: SqlRunner;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
    this.#runner = {
      dialect: 'postgres',
      all: async <T extends object>(sql: string, values: readonly unknown[]) =>
        (await pool.query<T>(sql, values as unknown[])).rows,
    };
  }

  static open(options: PostgresAnalyticsStoreOptions): PostgresAnalyticsStore {
    const schema = (options.schema ?? 'public').replace(/"/g, '""');
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 5,
      options: `-c search_path="${schema}"`,
    });
    pool.on('error', () => undefined);
    return new PostgresAnalyticsStore(pool);
  }

  async refresh(): Promise<RefreshReport> {
    let versions = 0;
    let outcomes = 0;
    for (let folded = -1; folded !== 0; versions += folded) {
      folded = await inTransaction(this.#pool, foldVersionBatch);
      if (folded === 0) break;
    }
    for (const fold of [foldOutcomeBatch, foldDecisionBatch, foldInspectionBatch]) {
      for (;;) {
        const folded = await inTransaction(this.#pool, fold);
        if (folded === 0) break;
        if (fold !== foldDecisionBatch) outcomes += folded;
      }
    }
    return { versions, outcomes };
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

  async recordLanes(lanes: readonly LaneFact[]): Promise<void> {
    if (lanes.length === 0) return;
    await inTransaction(this.#pool, async (client) => {
      const rows = lanes.map((lane) => ({
        id: lane.declarationId,
        lane: lane.lane,
        score: lane.score ?? null,
        model_version: lane.modelVersion ?? null,
        decided_at: lane.decidedAt,
      }));
      const changed = await client.query<{ id: string }>(
        `INSERT INTO analytics_lanes (id, lane, score, model_version, decided_at)
         SELECT DISTINCT ON (x.id) x.id, x.lane, x.score, x.model_version, x.decided_at
         FROM json_to_recordset($1::json) AS x(id text, lane text, score double precision, model_version text,
           decided_at timestamptz) ORDER BY x.id, x.decided_at DESC
         ON CONFLICT (id) DO UPDATE SET lane = excluded.lane, score = excluded.score,
           model_version = excluded.model_version, decided_at = excluded.decided_at
         WHERE excluded.decided_at >= analytics_lanes.decided_at RETURNING id`,
        [JSON.stringify(rows)],
      );
      const dates = await client.query<{ issue_date: string }>(
        `UPDATE analytics_declarations d SET lane = l.lane FROM analytics_lanes l
         WHERE l.id = d.id AND d.id = ANY($1::text[]) RETURNING d.issue_date`,
        [changed.rows.map((row) => row.id)],
      );
      await rebuildDays(client, new Set(dates.rows.map((row) => row.issue_date)));
    });
  }

  close(): Promise<void> {
    return this.#pool.end();
  }
}
