import { setImmediate } from 'node:timers/promises';
import type { ScanOptions, ScannedDeclaration } from '../../core/ports/declaration-store.js';
import type { PagePosition } from '../page-cursor.js';
import { scanQuery } from '../query-sql.js';
import { toScanned, type ScanRow } from '../record-row.js';
import type { SqliteStatementCache } from './sqlite-statement-cache.js';

/**
 * Keyset pages, so that appends during a long scan neither repeat nor skip rows already read.
 * Each page is read synchronously; yielding to the event loop between pages keeps a server
 * answering while a training run scans the whole store.
 */
export async function* sqliteScan(
  statements: SqliteStatementCache,
  options: ScanOptions,
): AsyncGenerator<ScannedDeclaration[]> {
  let position: PagePosition | undefined;
  for (;;) {
    await setImmediate();
    const { text, values, limit } = scanQuery(options, position, 'sqlite');
    const rows = statements.get(text).all(...values) as ScanRow[];
    if (rows.length === 0) return;
    yield rows.map(toScanned);
    if (rows.length < limit) return;
    const last = rows[rows.length - 1]!;
    position = { issueDate: last.issue_date, id: last.id };
  }
}
