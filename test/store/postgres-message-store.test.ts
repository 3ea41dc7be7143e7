import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { PostgresDeclarationStore } from '../../src/store/postgres/postgres-declaration-store.js';
import { PostgresMessageStore } from '../../src/store/postgres/postgres-message-store.js';
import { PostgresVerificationFindingStore } from '../../src/store/postgres/postgres-verification-finding-store.js';
import { messageStoresContract } from '../contract/message-store.contract.js';
import { checkService, postgresUrl } from '../support/services.js';

const check = await checkService('PostgreSQL', postgresUrl);
/** One schema per test, all named after this run, all dropped at the end. */
const run = `tamga_msg_${process.pid}_${Date.now().toString(36)}`;
let admin: pg.Pool;
let counter = 0;

describe.skipIf(!check.available)('PostgreSQL message and verification stores', () => {
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

  messageStoresContract('PostgreSQL', async () => {
    const schema = `${run}_${++counter}`;
    const declarations = await PostgresDeclarationStore.create({
      connectionString: postgresUrl,
      schema,
      maxConnections: 2,
    });
    await declarations.migrate();
    const messages = PostgresMessageStore.open({ connectionString: postgresUrl, schema });
    const findings = PostgresVerificationFindingStore.open({ connectionString: postgresUrl, schema });
    const side = new pg.Pool({ connectionString: postgresUrl, max: 1, options: `-c search_path="${schema}"` });
    return {
      messages,
      findings,
      sql: async (text) => (await side.query<Record<string, unknown>>(text)).rows,
      dispose: async () => {
        await messages.close();
        await findings.close();
        await declarations.close();
        await side.end();
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      },
    };
  });
});
