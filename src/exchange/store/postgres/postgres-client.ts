import type pg from 'pg';
import type { SqlClient, SqlValue } from '../sql/sql-client.js';

const numbered = new Map<string, string>();

/** The store writes `?`; PostgreSQL wants `$1`, `$2`... (the store's SQL has no other `?`). */
function toPostgres(sql: string): string {
  let text = numbered.get(sql);
  if (text === undefined) {
    let index = 0;
    text = sql.replace(/\?/g, () => `$${++index}`);
    numbered.set(sql, text);
  }
  return text;
}

function over(query: (text: string, params: SqlValue[]) => Promise<pg.QueryResult>): Pick<SqlClient, 'all' | 'run'> {
  return {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      (await query(toPostgres(sql), [...params])).rows as T[],
    run: async (sql, params = []) => (await query(toPostgres(sql), [...params])).rowCount ?? 0,
  };
}

/** A pool-backed client; a transaction holds one connection from BEGIN to COMMIT. */
export function createPostgresClient(pool: pg.Pool): SqlClient {
  return {
    ...over((text, params) => pool.query(text, params)),
    async transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T> {
      const connection = await pool.connect();
      const inner: SqlClient = {
        ...over((text, params) => connection.query(text, params)),
        transaction: (nested) => nested(inner),
        close: () => Promise.resolve(),
      };
      try {
        await connection.query('BEGIN');
        const value = await work(inner);
        await connection.query('COMMIT');
        return value;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
