import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDeclarationStore } from '../../src/store/sqlite/sqlite-declaration-store.js';
import { SqliteMessageStore } from '../../src/store/sqlite/sqlite-message-store.js';
import { SqliteVerificationFindingStore } from '../../src/store/sqlite/sqlite-verification-finding-store.js';
import { messageStoresContract } from '../contract/message-store.contract.js';

messageStoresContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-messages-'));
  const path = join(dir, 'tamga.db');
  const declarations = await SqliteDeclarationStore.create({ path });
  await declarations.migrate();
  const messages = SqliteMessageStore.open({ path });
  const findings = SqliteVerificationFindingStore.open({ path });
  const side = new Database(path);
  return {
    messages,
    findings,
    sql: async (text) => {
      await Promise.resolve();
      const statement = side.prepare(text);
      if (statement.reader) return statement.all() as Record<string, unknown>[];
      statement.run();
      return [];
    },
    dispose: async () => {
      await messages.close();
      await findings.close();
      await declarations.close();
      side.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
