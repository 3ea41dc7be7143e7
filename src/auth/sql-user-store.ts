import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { visibleUser, type DashboardUser, type Role } from './role.js';
import type { NewUser, UserRecord, UserStore } from './user-store.js';

/** Statements are written with `$1, $2...` in order of use; SQLite gets them as `?`. */
interface Db {
  all<T>(sql: string, values?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  member_id: string | null;
  password_hash: string;
  must_change_password: number;
  disabled: number;
  session_epoch: number;
}

const COLUMNS =
  'id, username, display_name, role, member_id, password_hash, must_change_password, disabled, session_epoch';

/** Opens the users of the store a URL names (`sqlite:<path>` or `postgres://...?schema=`); migrated by the store. */
export function createUserStore(url: string): UserStore {
  return new SqlUserStore(url.startsWith('sqlite:') ? sqliteDb(url.slice('sqlite:'.length)) : postgresDb(url));
}

function sqliteDb(path: string): Db {
  const db = new Database(path, { fileMustExist: true, timeout: 5000 });
  return {
    all: <T>(sql: string, values: unknown[] = []) => {
      const statement = db.prepare(sql.replace(/\$\d+/g, '?'));
      return Promise.resolve((statement.reader ? statement.all(...values) : (statement.run(...values), [])) as T[]);
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

function postgresDb(url: string): Db {
  const parsed = new URL(url);
  const schema = (parsed.searchParams.get('schema') ?? 'public').replace(/"/g, '""');
  parsed.searchParams.delete('schema');
  const pool = new pg.Pool({ connectionString: parsed.toString(), max: 3, options: `-c search_path="${schema}"` });
  pool.on('error', () => undefined);
  return {
    all: async <T>(sql: string, values: unknown[] = []) => (await pool.query(sql, values)).rows as T[],
    close: () => pool.end(),
  };
}

class SqlUserStore implements UserStore {
  constructor(private readonly db: Db) {}

  async count(): Promise<number> {
    const [row] = await this.db.all<{ n: unknown }>('SELECT count(*) AS n FROM dashboard_users');
    return Number(row?.n ?? 0);
  }

  async byUsername(username: string): Promise<UserRecord | undefined> {
    const [row] = await this.db.all<UserRow>(`SELECT ${COLUMNS} FROM dashboard_users WHERE username = $1`, [
      username.trim().toLowerCase(),
    ]);
    return row && toUser(row);
  }

  async byId(id: string): Promise<UserRecord | undefined> {
    const [row] = await this.db.all<UserRow>(`SELECT ${COLUMNS} FROM dashboard_users WHERE id = $1`, [id]);
    return row && toUser(row);
  }

  async list(): Promise<DashboardUser[]> {
    const rows = await this.db.all<UserRow>(`SELECT ${COLUMNS} FROM dashboard_users ORDER BY username`);
    return rows.map((row) => withoutHash(toUser(row)));
  }

  async create(user: NewUser): Promise<{ status: 'created'; user: DashboardUser } | { status: 'exists' }> {
    const username = user.username.trim().toLowerCase();
    if (await this.byUsername(username)) return { status: 'exists' };
    const id = `usr_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
    const now = new Date().toISOString();
    await this.db.all(
      `INSERT INTO dashboard_users (${COLUMNS}, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        id,
        username,
        user.displayName,
        user.role,
        user.memberId ?? null,
        user.passwordHash,
        user.mustChangePassword ? 1 : 0,
        0,
        0,
        now,
        now,
      ],
    );
    return { status: 'created', user: withoutHash((await this.byId(id))!) };
  }

  async setPassword(id: string, passwordHash: string, mustChange: boolean): Promise<void> {
    await this.db.all(
      `UPDATE dashboard_users SET password_hash = $1, must_change_password = $2, session_epoch = session_epoch + 1,
       updated_at = $3 WHERE id = $4`,
      [passwordHash, mustChange ? 1 : 0, new Date().toISOString(), id],
    );
  }

  async update(id: string, change: { role?: Role; memberId?: string | null; disabled?: boolean }): Promise<void> {
    const current = await this.byId(id);
    if (!current) return;
    const role = change.role ?? current.role;
    const memberId = change.memberId === undefined ? (current.memberId ?? null) : change.memberId;
    const disabled = change.disabled ?? current.disabled;
    await this.db.all(
      `UPDATE dashboard_users SET role = $1, member_id = $2, disabled = $3, session_epoch = session_epoch + 1,
       updated_at = $4 WHERE id = $5`,
      [role, role === 'agency' ? memberId : null, disabled ? 1 : 0, new Date().toISOString(), id],
    );
  }

  async setting(name: string, initial: () => string): Promise<string> {
    const read = async () =>
      (await this.db.all<{ value: string }>('SELECT value FROM dashboard_settings WHERE name = $1', [name]))[0]?.value;
    const found = await read();
    if (found !== undefined) return found;
    await this.db.all('INSERT INTO dashboard_settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
      name,
      initial(),
    ]);
    return (await read())!;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    ...(row.member_id ? { memberId: row.member_id } : {}),
    passwordHash: row.password_hash,
    mustChangePassword: Number(row.must_change_password) === 1,
    disabled: Number(row.disabled) === 1,
    sessionEpoch: Number(row.session_epoch),
  };
}

function withoutHash(user: UserRecord): DashboardUser {
  return visibleUser(user);
}
