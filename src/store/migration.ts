import { StoreError } from './store-error.js';

/**
 * One numbered schema change. Later features add tables by appending a migration with
 * the next number to an engine's list; applied migrations are never edited.
 */
export interface Migration {
  version: number;
  name: string;
  /** Statements run in one transaction, in order. */
  sql: string;
}

/** Migrations must be numbered 1, 2, 3... with no gap, so that order and identity are plain. */
export function assertMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration "${migration.name}" is number ${migration.version}, expected ${index + 1}`);
    }
  });
}

export interface AppliedMigration {
  version: number;
  name: string;
}

/** Refuses a database that holds migrations this build does not know (a newer or a different build). */
export function assertKnownMigrations(applied: readonly AppliedMigration[], migrations: readonly Migration[]): void {
  applied.forEach((row, index) => {
    const known = migrations[index];
    if (known?.version !== row.version || known.name !== row.name) {
      throw new StoreError(
        'migration-mismatch',
        `The database has migration ${row.version} "${row.name}", which this build of Tamga does not know.`,
      );
    }
  });
}
