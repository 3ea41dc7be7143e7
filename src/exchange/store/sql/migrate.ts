import type { SqlClient, SqlDialect } from './sql-client.js';

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS exchange_schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;

/**
 * Applies the dialect's pending migrations, each in its own transaction, tracked in
 * `exchange_schema_migrations` (apart from the declaration store's own table).
 * Concurrent starts are safe: the migrator takes the dialect's lock first.
 */
export async function migrateExchangeSchema(client: SqlClient, dialect: SqlDialect): Promise<number[]> {
  await client.transaction(async (tx) => {
    await dialect.lock(tx, 'exchange_schema_migrations');
    await tx.run(CREATE_TABLE);
  });
  const applied: number[] = [];
  for (const migration of dialect.migrations) {
    const done = await client.transaction(async (tx) => {
      await dialect.lock(tx, 'exchange_schema_migrations');
      const rows = await tx.all<{ version: number }>(
        'SELECT version FROM exchange_schema_migrations WHERE version = ?',
        [migration.version],
      );
      if (rows.length > 0) return false;
      for (const statement of migration.statements) await tx.run(statement);
      await tx.run('INSERT INTO exchange_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
