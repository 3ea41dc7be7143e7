import type { Pool, PoolClient } from 'pg';
import { assertKnownMigrations, type AppliedMigration, type Migration } from '../migration.js';
import { quoteIdentifier } from './postgres-identifier.js';

/** First key of the advisory lock that serialises migrations (the second is the schema). */
const MIGRATION_LOCK = 0x7a6d6701;

/**
 * Applies pending migrations, each in its own transaction, under a session advisory lock
 * per schema: processes that start together run them once, the others wait and find
 * nothing left to do (even `CREATE SCHEMA IF NOT EXISTS` races without the lock).
 */
export async function migratePostgres(pool: Pool, schema: string, migrations: readonly Migration[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [MIGRATION_LOCK, schema]);
    try {
      await applyPending(client, schema, migrations);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [MIGRATION_LOCK, schema]);
    }
  } finally {
    client.release();
  }
}

async function applyPending(client: PoolClient, schema: string, migrations: readonly Migration[]): Promise<void> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
  await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied = await client.query<AppliedMigration>('SELECT version, name FROM schema_migrations ORDER BY version');
  assertKnownMigrations(applied.rows, migrations);
  for (const migration of migrations.slice(applied.rows.length)) {
    await client.query('BEGIN');
    try {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }
}
