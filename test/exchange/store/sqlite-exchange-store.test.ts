import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeSha256 } from '../../../src/adapters/node-sha256.js';
import { createSqliteExchangeStore } from '../../../src/exchange/store/sqlite/sqlite-exchange-store.js';
import { exchangeStoreContract } from './exchange-store.contract.js';

exchangeStoreContract('SQLite', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tamga-exchange-'));
  const store = createSqliteExchangeStore({ path: join(folder, 'exchange.db'), sha256: nodeSha256 });
  return Promise.resolve({
    store,
    cleanup: async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  });
});
