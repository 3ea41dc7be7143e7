import { assertMigrationList, type Migration } from '../migration.js';
import { declarationsMigration } from './migrations/001-declarations.js';
import { analyticsMigration } from './migrations/002-analytics.js';
import { dashboardUsersMigration } from './migrations/003-dashboard-users.js';
import { messagesVerificationMigration } from './migrations/004-messages-verification.js';
import { analyticsIndexesMigration } from './migrations/005-analytics-indexes.js';
import { riskMigration } from './migrations/006-risk.js';
import { analyticsOfficesRiskMigration } from './migrations/007-analytics-offices-risk.js';
import { riskOutcomesMigration } from './migrations/008-risk-outcomes.js';

/** SQLite schema history, oldest first; append new migrations, never edit applied ones. */
export const sqliteMigrations: readonly Migration[] = [
  declarationsMigration,
  analyticsMigration,
  dashboardUsersMigration,
  messagesVerificationMigration,
  analyticsIndexesMigration,
  riskMigration,
  analyticsOfficesRiskMigration,
  riskOutcomesMigration,
];

assertMigrationList(sqliteMigrations);
