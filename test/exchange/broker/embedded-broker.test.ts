import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeSha256 } from '../../../src/adapters/node-sha256.js';
import { createEmbeddedBroker } from '../../../src/broker/embedded/embedded-broker.js';
import { createSqliteExchangeStore } from '../../../src/exchange/store/sqlite/sqlite-exchange-store.js';
import { brokerContract } from '../../contract/broker.contract.js';

brokerContract('embedded (SQLite outbox)', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'tamga-broker-'));
  const store = createSqliteExchangeStore({ path: join(folder, 'exchange.db'), sha256: nodeSha256 });
  await store.migrate();
  return {
    broker: createEmbeddedBroker({ store, pollIntervalMs: 50 }),
    prefix: 'tamga.test.',
    cleanup: async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
});
