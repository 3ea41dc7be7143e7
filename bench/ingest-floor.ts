import Database from 'better-sqlite3';
import pg from 'pg';
import type { SampleRows } from './ingest-input.js';

/**
 * The floor: the same rows split on commas and inserted bare into one flat table, in one
 * transaction, through the fastest path of each database. No model, no validation, no
 * hashing, no raw messages, no versions.
 */
export function sqliteFloor(path: string, sample: SampleRows): number {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const columns = sample.header.split(',').length;
  db.exec(`CREATE TABLE floor (${Array.from({ length: columns }, (_, index) => `c${index} TEXT`).join(', ')})`);
  const insert = db.prepare(`INSERT INTO floor VALUES (${Array(columns).fill('?').join(', ')})`);
  const started = performance.now();
  db.transaction(() => {
    for (const row of sample.rows) insert.run(row.split(',', columns));
  })();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return sample.rows.length / seconds;
}

export async function postgresFloor(url: string, schema: string, sample: SampleRows): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const columns = sample.header.split(',').length;
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.query(
    `CREATE TABLE ${schema}.floor (${Array.from({ length: columns }, (_, index) => `c${index} text`).join(', ')})`,
  );
  const started = performance.now();
  await client.query('BEGIN');
  const perStatement = 500;
  for (let start = 0; start < sample.rows.length; start += perStatement) {
    const slice = sample.rows.slice(start, start + perStatement);
    const params: string[] = [];
    const tuples = slice.map((row) => {
      const fields = row.split(',', columns);
      while (fields.length < columns) fields.push('');
      const base = params.length;
      params.push(...fields);
      return `(${fields.map((_, index) => `$${base + index + 1}`).join(',')})`;
    });
    await client.query(`INSERT INTO ${schema}.floor VALUES ${tuples.join(',')}`, params);
  }
  await client.query('COMMIT');
  const seconds = (performance.now() - started) / 1000;
  await client.query(`DROP SCHEMA ${schema} CASCADE`);
  await client.end();
  return sample.rows.length / seconds;
}
