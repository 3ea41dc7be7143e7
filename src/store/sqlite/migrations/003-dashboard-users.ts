import type { Migration } from '../../migration.js';

/**
 * Dashboard sign-in (src/auth): officers, analysts and agency users (linked to an exchange
 * member), scrypt password hashes, and settings such as the session signing secret.
 * `session_epoch` grows to revoke a user's signed sessions (password change, sign-out everywhere).
 */
export const dashboardUsersMigration: Migration = {
  version: 3,
  name: 'dashboard-users',
  sql: `
CREATE TABLE dashboard_users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'risk-officer', 'analyst', 'agency')),
  member_id TEXT,
  password_hash TEXT NOT NULL,
  must_change_password INTEGER NOT NULL,
  disabled INTEGER NOT NULL,
  session_epoch INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((role = 'agency') = (member_id IS NOT NULL))
) STRICT, WITHOUT ROWID;

CREATE TABLE dashboard_settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`,
};
