import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Sha256 } from '../../../core/ports/hasher.js';
import { createSqlExchangeStore, type SqlExchangeStore } from '../sql/sql-exchange-store.js';
import { createSqliteClient } from './sqlite-client.js';
import { sqliteDialect } from './sqlite-dialect.js';

export interface SqliteExchangeStoreOptions {
  /** Database file (created with its folder), or `:memory:`. May be the declaration store's file. */
  path: string;
  sha256: Sha256;
}

/** The embedded exchange store: SQLite in WAL mode. Call `migrate()` before use. */
export function createSqliteExchangeStore(options: SqliteExchangeStoreOptions): SqlExchangeStore {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  return createSqlExchangeStore({ client: createSqliteClient(db), dialect: sqliteDialect, sha256: options.sha256 });
}
