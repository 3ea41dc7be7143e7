import type { Database } from 'better-sqlite3';
import { assertKnownMigrations, type AppliedMigration, type Migration } from '../migration.js';

/**
 * Applies pending migrations in one IMMEDIATE transaction: a second process starting at
 * the same time waits for the write lock (busy timeout), then finds nothing left to do.
 */
export function migrateSqlite(db: Database, migrations: readonly Migration[]): void {
  const apply = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
    const applied = db
      .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
      .all() as AppliedMigration[];
    assertKnownMigrations(applied, migrations);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of migrations.slice(applied.length)) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
  });
  apply.immediate();
}
