import type { Database, Statement } from 'better-sqlite3';

/** Query text varies only with which filters are set, so a few hundred statements cover every query. */
const CAPACITY = 256;

/** Prepared statements for generated SQL, kept per connection; preparing costs more than a short query. */
export class SqliteStatementCache {
  readonly #statements = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  get(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      if (this.#statements.size >= CAPACITY) this.#statements.clear();
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  clear(): void {
    this.#statements.clear();
  }
}
