import type { SqlDialect } from './query-sql.js';

/** Collects bound values and conditions; only the placeholders differ between the engines. */
export class SqlParams {
  readonly values: unknown[] = [];
  readonly where: string[] = [];

  constructor(private readonly dialect: SqlDialect) {}

  param(value: unknown): string {
    this.values.push(value);
    return this.dialect === 'sqlite' ? '?' : `$${this.values.length}`;
  }

  /** Adds `condition` built from the placeholder of `value`, when a value is given. */
  when(value: unknown, condition: (placeholder: string) => string): void {
    if (value !== undefined) this.where.push(condition(this.param(value)));
  }

  clause(): string {
    return this.where.length === 0 ? '' : ` WHERE ${this.where.join(' AND ')}`;
  }
}
