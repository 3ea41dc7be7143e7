import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { PostgresDeclarationStore } from '../../src/store/postgres/postgres-declaration-store.js';
import { checkService, postgresUrl } from '../support/services.js';
import { declarationStoreContract, type StoreUnderTest } from '../contract/declaration-store.contract.js';

const check = await checkService('PostgreSQL', postgresUrl);
/** One schema per test, all named after this run, all dropped at the end. */
const run = `tamga_test_${process.pid}_${Date.now().toString(36)}`;
let admin: pg.Pool;
let counter = 0;

describe.skipIf(!check.available)('PostgreSQL store', () => {
  beforeAll(() => {
    admin = new pg.Pool({ connectionString: postgresUrl, max: 2 });
  });
  afterAll(async () => {
    const { rows } = await admin.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname LIKE $1`, [
      `${run}%`,
    ]);
    for (const { nspname } of rows) await admin.query(`DROP SCHEMA "${nspname}" CASCADE`);
    await admin.end();
  });

  declarationStoreContract('PostgreSQL', async (options = {}): Promise<StoreUnderTest> => {
    const schema = `${run}_${++counter}`;
    const open = () => PostgresDeclarationStore.create({ connectionString: postgresUrl, schema, maxConnections: 4 });
    const store = await open();
    if (options.migrate !== false) await store.migrate();
    const side = new pg.Pool({ connectionString: postgresUrl, max: 1, options: `-c search_path="${schema}"` });
    const others: PostgresDeclarationStore[] = [];
    return {
      store,
      sql: async (text) => (await side.query<Record<string, unknown>>(text)).rows,
      openAnother: async () => {
        const other = await open();
        others.push(other);
        return other;
      },
      dispose: async () => {
        await store.close();
        for (const other of others) await other.close().catch(() => undefined);
        await side.end();
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      },
    };
  });
});
