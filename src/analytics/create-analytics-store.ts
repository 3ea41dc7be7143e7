import type { AnalyticsStore } from '../core/ports/analytics-store.js';
import { PostgresAnalyticsStore } from './postgres/postgres-analytics-store.js';
import { SqliteAnalyticsStore } from './sqlite/sqlite-analytics-store.js';

/**
 * Opens the analytics over the store a URL names (the same URLs as createDeclarationStore:
 * `sqlite:<path>`, `postgres://...?schema=`). The declaration store must be migrated first.
 */
export function createAnalyticsStore(url: string): AnalyticsStore {
  if (url.startsWith('sqlite:')) return SqliteAnalyticsStore.open({ path: url.slice('sqlite:'.length) });
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  return PostgresAnalyticsStore.open({ connectionString: parsed.toString(), ...(schema ? { schema } : {}) });
}
