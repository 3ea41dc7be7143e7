import pg from 'pg';
import { describe } from 'vitest';
import { createTamgaServices } from '../../src/app/create-tamga-services.js';
import { PostgresAnalyticsStore } from '../../src/analytics/postgres/postgres-analytics-store.js';
import { checkService, postgresUrl } from '../support/services.js';
import { analyticsContract } from './analytics-contract.js';

const check = await checkService('PostgreSQL', postgresUrl);

describe.skipIf(!check.available)('PostgresAnalyticsStore', () => {
  analyticsContract(async () => {
    const schema = `analytics_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const services = await createTamgaServices({ db: `${postgresUrl}?schema=${schema}` });
    const analytics = PostgresAnalyticsStore.open({ connectionString: postgresUrl, schema });
    return {
      services,
      analytics,
      sql: async (text, values = []) => {
        await admin.query(`SET search_path = ${schema}`);
        await admin.query(text, values);
      },
      dispose: async () => {
        await analytics.close();
        await services.close();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      },
    };
  });
});
