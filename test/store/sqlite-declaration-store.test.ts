import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDeclarationStore } from '../../src/store/sqlite/sqlite-declaration-store.js';
import { declarationStoreContract, type StoreUnderTest } from '../contract/declaration-store.contract.js';

declarationStoreContract('SQLite', async (options = {}): Promise<StoreUnderTest> => {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-store-'));
  const path = join(dir, 'tamga.db');
  const store = await SqliteDeclarationStore.create({ path });
  if (options.migrate !== false) await store.migrate();
  const side = new Database(path);
  const others: SqliteDeclarationStore[] = [];
  return {
    store,
    sql: async (text) => {
      await Promise.resolve();
      const statement = side.prepare(text);
      if (statement.reader) return statement.all() as Record<string, unknown>[];
      statement.run();
      return [];
    },
    openAnother: async () => {
      const other = await SqliteDeclarationStore.create({ path });
      others.push(other);
      return other;
    },
    dispose: async () => {
      await store.close();
      for (const other of others) await other.close().catch(() => undefined);
      side.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
