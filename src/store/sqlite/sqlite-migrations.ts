import { assertMigrationList, type Migration } from '../migration.js';
import { declarationsMigration } from './migrations/001-declarations.js';

/** SQLite schema history, oldest first; append new migrations, never edit applied ones. */
export const sqliteMigrations: readonly Migration[] = [declarationsMigration];

assertMigrationList(sqliteMigrations);
