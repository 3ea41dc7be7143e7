import type { Migration } from '../../migration.js';

/** Dashboard sign-in (src/auth), the same tables as SQLite's 003. */
export const dashboardUsersMigration: Migration = {
  version: 3,
  name: 'dashboard-users',
  sql: `
CREATE TABLE dashboard_users (
  id text COLLATE "C" PRIMARY KEY,
  username text COLLATE "C" NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'risk-officer', 'analyst', 'agency')),
  member_id text,
  password_hash text NOT NULL,
  must_change_password smallint NOT NULL,
  disabled smallint NOT NULL,
  session_epoch integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK ((role = 'agency') = (member_id IS NOT NULL))
);

CREATE TABLE dashboard_settings (
  name text COLLATE "C" PRIMARY KEY,
  value text NOT NULL
);
`,
};
