import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTamgaServices } from '../../src/app/create-tamga-services.js';
import { SqliteAnalyticsStore } from '../../src/analytics/sqlite/sqlite-analytics-store.js';
import { sampleSlice } from './sample-slice.js';

const INDEXES =
  "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'analytics\\_%' ESCAPE '\\' ORDER BY name";

describe('SQLite analytics: a first start on a large history', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tamga-bulk-'));
  const path = join(folder, 'tamga.db');
  let indexes: string[];

  beforeAll(async () => {
    const services = await createTamgaServices({ db: `sqlite:${path}` });
    await services.ingestBytes(sampleSlice(25_000, 1).csv, { source: 'file:bulk.csv' });
    await services.close();
    const db = new Database(path);
    indexes = db.prepare(INDEXES).pluck().all() as string[];
    db.close();
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('loads without secondary indexes and builds them all again', async () => {
    const analytics = SqliteAnalyticsStore.open({ path });
    expect(await analytics.refresh()).toEqual({ versions: 25_000, outcomes: 25_000 });
    expect((await analytics.overview({})).totals.declarations).toBe(25_000);
    await analytics.close();
    const db = new Database(path);
    expect(db.prepare(INDEXES).pluck().all()).toEqual(indexes);
    expect(db.prepare("SELECT count(*) FROM dashboard_settings WHERE name LIKE 'analytics%'").pluck().get()).toBe(0);
    db.close();
  });

  it('rebuilds the indexes a process killed during the load left dropped', async () => {
    const db = new Database(path);
    const definitions = db
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'analytics\\_%' ESCAPE '\\'")
      .pluck()
      .all() as string[];
    db.prepare("INSERT INTO dashboard_settings (name, value) VALUES ('analytics-indexes-to-rebuild', ?)").run(
      JSON.stringify(definitions),
    );
    for (const name of indexes) db.exec(`DROP INDEX ${name}`);
    expect(db.prepare(INDEXES).pluck().all()).toEqual([]);
    db.close();
    const analytics = SqliteAnalyticsStore.open({ path });
    await analytics.close();
    const after = new Database(path);
    expect(after.prepare(INDEXES).pluck().all()).toEqual(indexes);
    after.close();
  });

  it('answers from the aggregates as they are while another writer holds the database (regression: serve failed to start)', async () => {
    const lines = new TextDecoder().decode(sampleSlice(25_001, 1).csv).trimEnd().split('\n');
    const services = await createTamgaServices({ db: `sqlite:${path}` });
    await services.ingestBytes(new TextEncoder().encode(`${lines[0]}\n${lines.at(-1)}\n`), { source: 'api' });
    await services.close();
    const writer = new Database(path);
    writer.prepare('BEGIN IMMEDIATE').run();
    const analytics = SqliteAnalyticsStore.open({ path, busyTimeoutMs: 50 });
    try {
      expect((await analytics.overview({})).totals.declarations).toBe(25_000);
    } finally {
      writer.prepare('ROLLBACK').run();
      writer.close();
    }
    expect((await analytics.overview({})).totals.declarations).toBe(25_001);
    await analytics.close();
  });
});
