import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDeclarationStore } from '../../src/store/create-declaration-store.js';
import { PostgresDeclarationStore } from '../../src/store/postgres/postgres-declaration-store.js';
import { SqliteDeclarationStore } from '../../src/store/sqlite/sqlite-declaration-store.js';
import { buildSubmission } from '../support/factories.js';
import { checkService, postgresUrl } from '../support/services.js';

const postgres = await checkService('PostgreSQL', postgresUrl);

describe('createDeclarationStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-url-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens SQLite in memory', async () => {
    const store = await createDeclarationStore('sqlite::memory:');
    expect(store).toBeInstanceOf(SqliteDeclarationStore);
    await store.migrate();
    const { record, raw } = buildSubmission();
    await store.append([record], [raw]);
    expect(await store.count()).toBe(1);
    await store.close();
  });

  it('opens a SQLite file, creating its folders, and finds the data again after reopening', async () => {
    const path = join(dir, 'nested', 'deeper', 'tamga.db');
    const store = await createDeclarationStore(`sqlite:${path}`);
    await store.migrate();
    const { record, raw } = buildSubmission();
    await store.append([record], [raw]);
    await store.close();
    expect(existsSync(path)).toBe(true);
    const again = await createDeclarationStore(`sqlite:${path}`);
    await again.migrate();
    expect((await again.get(record.id))?.key).toBe(record.key);
    await again.close();
  });

  it.skipIf(!postgres.available)('opens PostgreSQL in the schema named by ?schema=', async () => {
    const schema = `tamga_url_${process.pid}`;
    const admin = new pg.Pool({ connectionString: postgresUrl, max: 1 });
    try {
      for (const scheme of ['postgres', 'postgresql']) {
        const url = `${postgresUrl.replace(/^postgres(ql)?:/, `${scheme}:`)}?schema=${schema}`;
        const store = await createDeclarationStore(url);
        expect(store).toBeInstanceOf(PostgresDeclarationStore);
        await store.migrate();
        const { record, raw } = buildSubmission();
        await store.append([record], [raw]);
        await store.close();
      }
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".declarations`);
      expect(rows[0].n).toBe(2);
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    }
  });

  it('refuses anything else with a message that says what would work, and never echoes a password', async () => {
    for (const url of ['mysql://root:hunter2@db/tamga', 'sqlite:', './data/tamga.db', '']) {
      const error = await createDeclarationStore(url).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'StoreError', code: 'invalid-config' });
      expect(String((error as Error).message)).toMatch(/sqlite:/);
      expect(String((error as Error).message)).not.toContain('hunter2');
    }
    await expect(createDeclarationStore('postgres://u@h/db?schema=bad;name')).rejects.toMatchObject({
      code: 'invalid-config',
    });
  });
});
