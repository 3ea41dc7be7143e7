import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { createRiskStore } from '../../src/store/create-risk-store.js';
import { PostgresDeclarationStore } from '../../src/store/postgres/postgres-declaration-store.js';
import { riskStoreContract } from '../contract/risk-store.contract.js';
import { checkService, postgresUrl } from '../support/services.js';

const check = await checkService('PostgreSQL', postgresUrl);
const run = `tamga_risk_${process.pid}_${Date.now().toString(36)}`;
let admin: pg.Pool;
let counter = 0;

describe.skipIf(!check.available)('PostgreSQL risk store', () => {
  beforeAll(() => {
    admin = new pg.Pool({ connectionString: postgresUrl, max: 2 });
  });
  afterAll(async () => {
    const { rows } = await admin.query<{ nspname: string }>('SELECT nspname FROM pg_namespace WHERE nspname LIKE $1', [
      `${run}%`,
    ]);
    for (const { nspname } of rows) await admin.query(`DROP SCHEMA "${nspname}" CASCADE`);
    await admin.end();
  });

  riskStoreContract('PostgreSQL', async () => {
    const schema = `${run}_${++counter}`;
    const declarations = await PostgresDeclarationStore.create({
      connectionString: postgresUrl,
      schema,
      maxConnections: 4,
    });
    await declarations.migrate();
    const side = new pg.Pool({ connectionString: postgresUrl, max: 1, options: `-c search_path="${schema}"` });
    return {
      declarations,
      risk: createRiskStore(declarations),
      sql: async (text) => (await side.query<Record<string, unknown>>(text)).rows,
      dispose: async () => {
        await declarations.close();
        await side.end();
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      },
    };
  });
});
