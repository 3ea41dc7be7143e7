import type Database from 'better-sqlite3';
import type { InspectionResultStore, NewInspectionResult } from '../../core/ports/inspection-result-store.js';
import { attempt } from '../attempt.js';
import {
  INSPECTION_INSERT_COLUMNS,
  inspectionValues,
  toStoredInspection,
  type InspectionRow,
} from '../inspection-rows.js';
import { sqliteLatestOutcomes } from './sqlite-risk-decisions.js';
import type { SqliteStatementCache } from './sqlite-statement-cache.js';

const COLUMNS = `seq, ${INSPECTION_INSERT_COLUMNS.join(', ')}`;
const INSERT = `INSERT INTO risk_inspections (${INSPECTION_INSERT_COLUMNS.join(', ')})
  VALUES (${INSPECTION_INSERT_COLUMNS.map(() => '?').join(', ')}) RETURNING ${COLUMNS}`;

/** Inspection results over SQLite (tables of migration 006 and the declaration store's outcomes). */
export function sqliteInspections(db: Database.Database, sql: SqliteStatementCache): InspectionResultStore {
  const record = db.transaction((results: readonly NewInspectionResult[]) =>
    results.map((result) => toStoredInspection(sql.get(INSERT).get(...inspectionValues(result)) as InspectionRow)),
  );
  return {
    recordInspections: (results) => attempt(() => record.immediate(results)),
    inspections: (id) =>
      attempt(() =>
        (
          sql
            .get(`SELECT ${COLUMNS} FROM risk_inspections WHERE declaration_id = ? ORDER BY seq`)
            .all(id) as InspectionRow[]
        ).map(toStoredInspection),
      ),
    async *latestInspections(batchSize = 5000) {
      let after = 0;
      for (;;) {
        const rows = sql
          .get(
            `SELECT ${COLUMNS} FROM risk_inspections WHERE seq IN
               (SELECT max(seq) FROM risk_inspections GROUP BY declaration_id) AND seq > ? ORDER BY seq LIMIT ?`,
          )
          .all(after, batchSize) as InspectionRow[];
        if (rows.length === 0) return;
        yield rows.map(toStoredInspection);
        after = Number(rows.at(-1)!.seq);
        await Promise.resolve();
      }
    },
    latestOutcomes: (ids) => attempt(() => sqliteLatestOutcomes(sql, ids)),
  };
}
