import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe } from 'vitest';
import { createTamgaServices } from '../../src/app/create-tamga-services.js';
import { SqliteAnalyticsStore } from '../../src/analytics/sqlite/sqlite-analytics-store.js';
import { analyticsContract } from './analytics-contract.js';

describe('SqliteAnalyticsStore', () => {
  analyticsContract(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tamga-analytics-'));
    const path = join(folder, 'tamga.db');
    const services = await createTamgaServices({ db: `sqlite:${path}` });
    const analytics = SqliteAnalyticsStore.open({ path });
    const raw = new Database(path);
    return {
      services,
      analytics,
      sql: (text, values = []) => {
        raw.prepare(text.replace(/\$\d+/g, '?')).run(...values);
        return Promise.resolve();
      },
      dispose: async () => {
        raw.close();
        await analytics.close();
        await services.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  });
});
