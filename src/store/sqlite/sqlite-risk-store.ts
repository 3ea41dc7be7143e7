import Database from 'better-sqlite3';
import type { RiskStore } from '../../core/ports/risk-store.js';
import { sqliteInspections } from './sqlite-inspections.js';
import { sqliteModelRegistry } from './sqlite-model-registry.js';
import { sqliteRiskDecisions } from './sqlite-risk-decisions.js';
import { sqliteRuleSets } from './sqlite-rule-sets.js';
import { SqliteStatementCache } from './sqlite-statement-cache.js';

/**
 * The risk engine's tables in the declaration store's SQLite database (migration 006). It shares
 * the declaration store's connection when given one (`onDatabase`), so that `sqlite::memory:`
 * works, writers in one process never wait on each other's lock, and queries can join the
 * outcomes the declaration store keeps (`inspection_outcomes`).
 */
export const SqliteRiskStore = {
  /** Uses an open connection to a migrated database; `close()` leaves it open. */
  onDatabase(db: Database.Database): RiskStore {
    return create(db, false);
  },
  /** Opens its own connection to a database file the declaration store has migrated. */
  open(options: { path: string; busyTimeoutMs?: number }): RiskStore {
    const db = new Database(options.path, { timeout: options.busyTimeoutMs ?? 5000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    return create(db, true);
  },
};

function create(db: Database.Database, owned: boolean): RiskStore {
  const sql = new SqliteStatementCache(db);
  return {
    ...sqliteModelRegistry(db, sql),
    ...sqliteRuleSets(db, sql),
    ...sqliteRiskDecisions(db, sql),
    ...sqliteInspections(db, sql),
    close() {
      if (owned) db.close();
      return Promise.resolve();
    },
  };
}
