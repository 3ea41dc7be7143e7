import type Database from 'better-sqlite3';
import type { SqlClient, SqlValue } from '../sql/sql-client.js';

/**
 * better-sqlite3 is synchronous; this wraps it in the async client the store shares with
 * PostgreSQL. One connection: transactions take turns (BEGIN IMMEDIATE, so that other
 * processes on the same file wait on the busy timeout), and calls made meanwhile queue
 * behind them instead of slipping into someone else's transaction.
 */
export function createSqliteClient(db: Database.Database): SqlClient {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const direct: SqlClient = {
    all: <T>(sql: string, params: readonly SqlValue[] = []) => {
      const statement = prepare(sql);
      if (statement.reader) return Promise.resolve(statement.all(...params) as T[]);
      statement.run(...params);
      return Promise.resolve([]);
    },
    run: (sql, params = []) => Promise.resolve(prepare(sql).run(...params).changes),
    transaction: (work) => work(direct),
    close: () => Promise.resolve(),
  };
  let queue: Promise<void> = Promise.resolve();
  let inTransaction = false;
  const whenFree = <T>(call: () => Promise<T>): Promise<T> => (inTransaction ? queue.then(call) : call());
  return {
    all: (sql, params) => whenFree(() => direct.all(sql, params)),
    run: (sql, params) => whenFree(() => direct.run(sql, params)),
    transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T> {
      const result = queue.then(async () => {
        inTransaction = true;
        db.exec('BEGIN IMMEDIATE');
        try {
          const value = await work(direct);
          db.exec('COMMIT');
          return value;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        } finally {
          inTransaction = false;
        }
      });
      queue = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
    close: async () => {
      await queue;
      db.close();
    },
  };
}
