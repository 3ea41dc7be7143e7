import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPostgres, POSTGRES_URL } from './bench-postgres.js';
import { postgresFloor, sqliteFloor } from './ingest-floor.js';
import { readSampleRows } from './ingest-input.js';

/**
 * `npm run bench:ingest`: the 45,519 sample declarations through the full pipeline (decode,
 * validate, store) on SQLite and PostgreSQL, against the floor measured in the same run (the
 * same rows split and inserted bare), and peak memory at 1x and 10x the rows.
 */
interface Run {
  declarations: number;
  seconds: number;
  perSecond: number;
  maxRssMb: number;
}

const folder = mkdtempSync(join(tmpdir(), 'tamga-bench-'));
const sample = readSampleRows();
const fmt = (value: number) => Math.round(value).toLocaleString('en-US').padStart(10);

function fullRun(url: string, copies = 1): Run {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/ingest-run.ts', url, String(copies)], {
    cwd: new URL('..', import.meta.url).pathname,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output.trim().split('\n').at(-1)!) as Run;
}

try {
  console.log(`Ingest benchmark: ${sample.rows.length.toLocaleString('en-US')} declarations (CSV), one process each run\n`);
  const rows: string[][] = [];
  const sqliteFull = fullRun(`sqlite:${join(folder, 'full.db')}`);
  const sqliteBare = sqliteFloor(join(folder, 'floor.db'), sample);
  rows.push(['SQLite', fmt(sqliteFull.perSecond), fmt(sqliteBare), (sqliteFull.perSecond / sqliteBare).toFixed(2)]);
  if (await checkPostgres()) {
    const schema = `bench_${process.pid}`;
    const pgFull = fullRun(`${POSTGRES_URL}?schema=${schema}_full`);
    const pgBare = await postgresFloor(POSTGRES_URL, `${schema}_floor`, sample);
    rows.push(['PostgreSQL', fmt(pgFull.perSecond), fmt(pgBare), (pgFull.perSecond / pgBare).toFixed(2)]);
    await dropSchema(`${schema}_full`);
  } else {
    console.log(`PostgreSQL at ${POSTGRES_URL} does not answer: its rows are skipped.\n`);
  }
  console.log('store       pipeline/s      floor/s  ratio   (pipeline = decode + validate + hash + store)');
  for (const [store, full, floor, ratio] of rows) console.log(`${store!.padEnd(10)} ${full} ${floor}   ${ratio}`);

  console.log('\nMemory (SQLite, full pipeline, peak RSS of the process):');
  const one = fullRun(`sqlite:${join(folder, 'mem1.db')}`, 1);
  const ten = fullRun(`sqlite:${join(folder, 'mem10.db')}`, 10);
  console.log(`  1x  ${fmt(one.declarations)} declarations  ${one.maxRssMb.toFixed(0).padStart(5)} MiB  ${fmt(one.perSecond)}/s`);
  console.log(`  10x ${fmt(ten.declarations)} declarations  ${ten.maxRssMb.toFixed(0).padStart(5)} MiB  ${fmt(ten.perSecond)}/s`);
  console.log(`  memory ratio 10x/1x: ${(ten.maxRssMb / one.maxRssMb).toFixed(2)} (flat means close to 1; 10 would be linear)`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

async function dropSchema(schema: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}
