import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createRiskStore } from '../../src/store/create-risk-store.js';
import { SqliteDeclarationStore } from '../../src/store/sqlite/sqlite-declaration-store.js';
import { riskStoreContract } from '../contract/risk-store.contract.js';

riskStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-risk-'));
  const path = join(dir, 'tamga.db');
  const declarations = await SqliteDeclarationStore.create({ path });
  await declarations.migrate();
  const side = new Database(path);
  return {
    declarations,
    risk: createRiskStore(declarations),
    sql: async (text) => {
      await Promise.resolve();
      const statement = side.prepare(text);
      if (statement.reader) return statement.all() as Record<string, unknown>[];
      statement.run();
      return [];
    },
    dispose: async () => {
      await declarations.close();
      side.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
