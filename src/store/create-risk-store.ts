import type { DeclarationStore } from '../core/ports/declaration-store.js';
import type { RiskStore } from '../core/ports/risk-store.js';
import { PostgresDeclarationStore } from './postgres/postgres-declaration-store.js';
import { PostgresRiskStore } from './postgres/postgres-risk-store.js';
import { SqliteDeclarationStore } from './sqlite/sqlite-declaration-store.js';
import { SqliteRiskStore } from './sqlite/sqlite-risk-store.js';
import { StoreError } from './store-error.js';

/**
 * The risk engine's store beside a declaration store, on its connection or pool (its `migrate()`
 * created the tables): closing the declaration store closes it too.
 */
export function createRiskStore(store: DeclarationStore): RiskStore {
  if (store instanceof SqliteDeclarationStore) return SqliteRiskStore.onDatabase(store.database);
  if (store instanceof PostgresDeclarationStore) return PostgresRiskStore.onPool(store.pool);
  throw new StoreError('invalid-config', 'The risk engine keeps its tables beside a SQLite or PostgreSQL store.');
}
