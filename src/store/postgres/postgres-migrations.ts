import { assertMigrationList, type Migration } from '../migration.js';
import { declarationsMigration } from './migrations/001-declarations.js';

/** PostgreSQL schema history, oldest first; append new migrations, never edit applied ones. */
export const postgresMigrations: readonly Migration[] = [declarationsMigration];

assertMigrationList(postgresMigrations);
