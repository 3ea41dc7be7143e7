import pg from 'pg';
import type { RiskStore } from '../../core/ports/risk-store.js';
import { quoteIdentifier } from './postgres-identifier.js';
import { postgresInspections } from './postgres-inspections.js';
import { postgresModelRegistry } from './postgres-model-registry.js';
import { postgresRiskDecisions } from './postgres-risk-decisions.js';
import { postgresRuleSets } from './postgres-rule-sets.js';

/** The risk engine's tables in the declaration store's PostgreSQL schema (migration 006). */
export const PostgresRiskStore = {
  /** Uses a pool whose connections already search the store's schema; `close()` leaves it open. */
  onPool(pool: pg.Pool): RiskStore {
    return create(pool, false);
  },
  open(options: { connectionString: string; schema?: string; maxConnections?: number }): RiskStore {
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 4,
      options: `-c search_path=${quoteIdentifier(options.schema ?? 'public')}`,
    });
    pool.on('error', () => undefined);
    return create(pool, true);
  },
};

function create(pool: pg.Pool, owned: boolean): RiskStore {
  return {
    ...postgresModelRegistry(pool),
    ...postgresRuleSets(pool),
    ...postgresRiskDecisions(pool),
    ...postgresInspections(pool),
    async close() {
      if (owned) await pool.end();
    },
  };
}
