/**
 * Append throughput of the declaration store alone: 50,000 factory declarations, each with
 * its raw message (as ingest stores one per CSV row or JSON body), appended in batches.
 *
 *   npx tsx bench/store-append.ts [--records 50000] [--batch 1000] [--only sqlite|postgres]
 *
 * PostgreSQL: TAMGA_TEST_POSTGRES_URL or postgres://postgres@127.0.0.1:5432/test, in a
 * schema of its own that is dropped afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { DeclarationStore } from '../src/core/ports/declaration-store.js';
import { PostgresDeclarationStore } from '../src/store/postgres/postgres-declaration-store.js';
import { SqliteDeclarationStore } from '../src/store/sqlite/sqlite-declaration-store.js';
import { buildSubmission } from '../test/support/factories.js';
import { postgresUrl } from '../test/support/services.js';

type Submission = ReturnType<typeof buildSubmission>;

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '50000' },
    batch: { type: 'string', default: '1000' },
    only: { type: 'string' },
  },
});
const records = Number(values.records);
const batchSize = Number(values.batch);

async function timeAppends(store: DeclarationStore, submissions: readonly Submission[]) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < submissions.length; i += batchSize) {
    const batch = submissions.slice(i, i + batchSize);
    const results = await store.append(
      batch.map((s) => s.record),
      batch.map((s) => s.raw),
    );
    if (results.some((r) => r.status !== 'stored')) throw new Error('bench data must be all new declarations');
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { perSecond: submissions.length / seconds, cpuSeconds: (used.user + used.system) / 1e6, seconds };
}

async function sqlite(warmup: Submission[], timed: Submission[]) {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-bench-'));
  try {
    const warm = await SqliteDeclarationStore.create({ path: join(dir, 'warmup.db') });
    await warm.migrate();
    await timeAppends(warm, warmup);
    await warm.close();
    const store = await SqliteDeclarationStore.create({ path: join(dir, 'tamga.db') });
    await store.migrate();
    const result = await timeAppends(store, timed);
    await store.close();
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(warmup: Submission[], timed: Submission[]) {
  const schema = `tamga_bench_${process.pid}`;
  const admin = new pg.Pool({ connectionString: postgresUrl, max: 1 });
  try {
    const warm = await PostgresDeclarationStore.create({ connectionString: postgresUrl, schema: `${schema}_warm` });
    await warm.migrate();
    await timeAppends(warm, warmup);
    await warm.close();
    const store = await PostgresDeclarationStore.create({ connectionString: postgresUrl, schema });
    await store.migrate();
    const result = await timeAppends(store, timed);
    await store.close();
    return result;
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}_warm" CASCADE`);
    await admin.end();
  }
}

const warmup = Array.from({ length: Math.min(5000, records) }, () => buildSubmission());
const timed = Array.from({ length: records }, () => buildSubmission());
const bytes = timed.reduce((sum, s) => sum + s.raw.body.byteLength, 0) / timed.length;
console.log(
  `${records} declarations (${Math.round(bytes)} bytes of JSON each, one raw message each), batches of ${batchSize}`,
);
console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on this machine`,
);
for (const [name, run] of [
  ['SQLite', sqlite],
  ['PostgreSQL', postgres],
] as const) {
  if (values.only && !name.toLowerCase().startsWith(values.only.toLowerCase())) continue;
  const { perSecond, cpuSeconds, seconds } = await run(warmup, timed);
  // On a shared machine wall time measures the neighbours too; CPU time is this process's own cost.
  const perCpuSecond = Math.round(records / cpuSeconds).toLocaleString('en');
  console.log(
    `${name.padEnd(10)} ${Math.round(perSecond).toLocaleString('en')} records/s ` +
      `(${seconds.toFixed(2)} s wall; ${cpuSeconds.toFixed(2)} s CPU in this process = ${perCpuSecond} records per CPU-second` +
      `${name === 'PostgreSQL' ? ', server not counted' : ''})`,
  );
}
