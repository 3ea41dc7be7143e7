import pg from 'pg';
import type { Sha256 } from '../../../core/ports/hasher.js';
import { createSqlExchangeStore, type SqlExchangeStore } from '../sql/sql-exchange-store.js';
import { createPostgresClient } from './postgres-client.js';
import { postgresDialect } from './postgres-dialect.js';

export interface PostgresExchangeStoreOptions {
  connectionString: string;
  /** Schema for the exchange tables (created by `migrate()` when missing); default `public`. */
  schema?: string;
  sha256: Sha256;
  /** Pool size; default 10. */
  max?: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** The production exchange store on PostgreSQL. Call `migrate()` before use. */
export function createPostgresExchangeStore(options: PostgresExchangeStoreOptions): SqlExchangeStore {
  const schema = options.schema ?? 'public';
  if (!IDENTIFIER.test(schema)) throw new RangeError(`schema "${schema}" must be a lower-case SQL identifier`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    options: `-c search_path=${schema}`,
  });
  const store = createSqlExchangeStore({
    client: createPostgresClient(pool),
    dialect: postgresDialect,
    sha256: options.sha256,
  });
  return {
    ...store,
    async migrate() {
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await store.migrate();
    },
  };
}
