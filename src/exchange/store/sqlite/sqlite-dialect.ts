import type { SqlDialect } from '../sql/sql-client.js';
import { exchangeSchemaV1 } from '../sql/exchange-schema.js';

/** SQLite: one writer at a time already (BEGIN IMMEDIATE), so locks are free. */
export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  maxParams: 10_000,
  lock: () => Promise.resolve(),
  migrations: [
    {
      version: 1,
      name: 'exchange tables',
      statements: exchangeSchemaV1({ bigint: 'INTEGER', serial: 'INTEGER PRIMARY KEY AUTOINCREMENT', bytes: 'BLOB' }),
    },
  ],
};
