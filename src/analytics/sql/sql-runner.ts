/** The slice of a database driver the analytics queries need; one per engine. */
export interface SqlRunner {
  readonly dialect: 'sqlite' | 'postgres';
  all<T extends object>(sql: string, values: readonly unknown[]): Promise<T[]>;
}

/** Collects bind values and writes each engine's placeholder (`?` or `$n`). */
export class SqlParams {
  readonly values: unknown[] = [];

  constructor(private readonly dialect: SqlRunner['dialect']) {}

  add(value: unknown): string {
    this.values.push(value);
    return this.dialect === 'sqlite' ? '?' : `$${this.values.length}`;
  }

  /** `(?, ?, ?)` for an IN list; never empty (an empty list matches nothing). */
  list(values: readonly unknown[]): string {
    if (values.length === 0) return '(NULL)';
    return `(${values.map((value) => this.add(value)).join(', ')})`;
  }
}

/** Drivers answer aggregates as numbers (SQLite) or numeric strings (PostgreSQL bigint, numeric). */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
