import type { DeclarationStore } from '../core/ports/declaration-store.js';
import { PostgresDeclarationStore } from './postgres/postgres-declaration-store.js';
import { SqliteDeclarationStore } from './sqlite/sqlite-declaration-store.js';
import { StoreError } from './store-error.js';
import { attempt } from './attempt.js';

/** The SQLite file the CLI and server use when no `--db` is given. */
export const DEFAULT_STORE_URL = 'sqlite:./data/tamga.db';

/**
 * Opens the store a URL names (without migrating: call `migrate()`):
 * - `sqlite:<path>` (a file, parent folders created) or `sqlite::memory:`;
 * - `postgres://...` or `postgresql://...`, optionally with `?schema=<name>` (default `public`).
 */
export function createDeclarationStore(url: string): Promise<DeclarationStore> {
  return attempt(() => open(url));
}

function open(url: string): Promise<DeclarationStore> {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path === '') throw new StoreError('invalid-config', 'sqlite: needs a file path, e.g. sqlite:./data/tamga.db');
    return SqliteDeclarationStore.create({ path });
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    return PostgresDeclarationStore.create({ connectionString: parsed.toString(), ...(schema ? { schema } : {}) });
  }
  throw new StoreError(
    'invalid-config',
    `"${redact(url)}" is not a store URL: use sqlite:<path>, sqlite::memory: or postgres://user@host:port/database.`,
  );
}

/** Never echo a password from a mistyped URL into logs. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}
