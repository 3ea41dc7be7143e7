import { nodeSha256 } from '../../adapters/node-sha256.js';
import { createPostgresExchangeStore } from '../store/postgres/postgres-exchange-store.js';
import type { SqlExchangeStore } from '../store/sql/sql-exchange-store.js';
import { createSqliteExchangeStore } from '../store/sqlite/sqlite-exchange-store.js';

/**
 * Opens and migrates the exchange store named like the CLI's `--db`: `sqlite:<path>` (or a
 * bare path) or `postgres://...`. `schema` applies to PostgreSQL only.
 */
export async function openExchangeStore(db: string, options: { schema?: string } = {}): Promise<SqlExchangeStore> {
  const store = /^postgres(ql)?:\/\//.test(db)
    ? createPostgresExchangeStore({ connectionString: db, schema: options.schema, sha256: nodeSha256 })
    : createSqliteExchangeStore({ path: db.replace(/^sqlite:/, ''), sha256: nodeSha256 });
  await store.migrate();
  return store;
}
