import type { Pool } from 'pg';
import type { ScanOptions, ScannedDeclaration } from '../../core/ports/declaration-store.js';
import type { PagePosition } from '../page-cursor.js';
import { scanQuery } from '../query-sql.js';
import { toScanned, type ScanRow } from '../record-row.js';

/** Keyset pages, so that appends during a long scan neither repeat nor skip rows already read. */
export async function* postgresScan(pool: Pool, options: ScanOptions): AsyncGenerator<ScannedDeclaration[]> {
  let position: PagePosition | undefined;
  for (;;) {
    const { text, values, limit } = scanQuery(options, position, 'postgres');
    const { rows } = await pool.query<ScanRow>(text, values);
    if (rows.length === 0) return;
    yield rows.map(toScanned);
    if (rows.length < limit) return;
    const last = rows[rows.length - 1]!;
    position = { issueDate: last.issue_date, id: last.id };
  }
}
