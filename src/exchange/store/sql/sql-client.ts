/** A value a statement parameter may take once normalised for both drivers. */
export type SqlValue = string | number | bigint | Buffer | null;

/**
 * The slice of a database driver the exchange store needs, written once with `?`
 * placeholders; each dialect adapts it (PostgreSQL numbers them `$1`, `$2`...).
 */
export interface SqlClient {
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs `work` in one transaction on one connection; commits, or rolls back if it throws. */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** One schema change; `statements` run in order inside the migration's transaction. */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

/** What differs between engines beyond the SQL text itself. */
export interface SqlDialect {
  name: 'sqlite' | 'postgres';
  migrations: readonly Migration[];
  /** Serialises writers of one resource (the log head, a consumer) within a transaction. */
  lock(client: SqlClient, resource: string): Promise<void>;
  /** Most parameters one statement may bind. */
  maxParams: number;
}

/** Inserts rows in as few statements as the parameter limit allows. */
export async function insertMany(
  client: SqlClient,
  statement: { into: string; columns: readonly string[]; suffix?: string; maxParams: number },
  rows: readonly (readonly SqlValue[])[],
): Promise<number> {
  const perRow = statement.columns.length;
  const chunk = Math.max(1, Math.floor(statement.maxParams / perRow));
  const placeholders = `(${statement.columns.map(() => '?').join(',')})`;
  let changed = 0;
  for (let start = 0; start < rows.length; start += chunk) {
    const slice = rows.slice(start, start + chunk);
    const sql = `INSERT INTO ${statement.into} (${statement.columns.join(',')}) VALUES ${slice.map(() => placeholders).join(',')} ${statement.suffix ?? ''}`;
    changed += await client.run(sql, slice.flat());
  }
  return changed;
}

/** `?` placeholders for a list of values: `(?,?,?)`. */
export const list = (count: number): string => `(${Array.from({ length: count }, () => '?').join(',')})`;

/** Optional values are stored as NULL and read back as absent. */
export const orNull = (value: string | number | undefined): string | number | null => value ?? null;
export const optional = <T>(value: T | null): T | undefined => (value === null ? undefined : value);
