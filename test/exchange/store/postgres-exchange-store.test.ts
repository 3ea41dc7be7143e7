import pg from 'pg';
import { describe } from 'vitest';
import { nodeSha256 } from '../../../src/adapters/node-sha256.js';
import { createPostgresExchangeStore } from '../../../src/exchange/store/postgres/postgres-exchange-store.js';
import { checkService, postgresUrl } from '../../support/services.js';
import { exchangeStoreContract } from './exchange-store.contract.js';

const check = await checkService('PostgreSQL', postgresUrl);

describe.skipIf(!check.available)('PostgreSQL exchange store', () => {
  exchangeStoreContract('PostgreSQL', () => {
    const schema = `exchange_test_${process.pid}_${Date.now()}`;
    const store = createPostgresExchangeStore({ connectionString: postgresUrl, schema, sha256: nodeSha256 });
    return Promise.resolve({
      store,
      cleanup: async () => {
        await store.close();
        const admin = new pg.Client({ connectionString: postgresUrl });
        await admin.connect();
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
      },
    });
  });
});
