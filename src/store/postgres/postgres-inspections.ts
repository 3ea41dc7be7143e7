import type { Pool } from 'pg';
import type { InspectionResultStore } from '../../core/ports/inspection-result-store.js';
import {
  INSPECTION_INSERT_COLUMNS,
  inspectionValues,
  toStoredInspection,
  type InspectionRow,
} from '../inspection-rows.js';
import { postgresLatestOutcomes } from './postgres-risk-decisions.js';
import { inTransaction } from './postgres-transaction.js';

const COLUMNS = `seq, ${INSPECTION_INSERT_COLUMNS.join(', ')}`;
const INSERT = `INSERT INTO risk_inspections (${INSPECTION_INSERT_COLUMNS.join(', ')})
  VALUES (${INSPECTION_INSERT_COLUMNS.map((_c, i) => `$${i + 1}`).join(', ')}) RETURNING ${COLUMNS}`;
const DISCREPANCY = INSPECTION_INSERT_COLUMNS.indexOf('discrepancy_found');

/** Inspection results over PostgreSQL (tables of migration 006 and the declaration store's outcomes). */
export function postgresInspections(pool: Pool): InspectionResultStore {
  return {
    recordInspections: (results) =>
      inTransaction(pool, async (client) => {
        const stored = [];
        for (const result of results) {
          const values = inspectionValues(result).map((v, c) => (c === DISCREPANCY ? v === 1 : v));
          stored.push(toStoredInspection((await client.query<InspectionRow>(INSERT, values)).rows[0]!));
        }
        return stored;
      }),
    async inspections(id) {
      const { rows } = await pool.query<InspectionRow>(
        `SELECT ${COLUMNS} FROM risk_inspections WHERE declaration_id = $1 ORDER BY seq`,
        [id],
      );
      return rows.map(toStoredInspection);
    },
    async *latestInspections(batchSize = 5000) {
      let after = 0;
      for (;;) {
        const { rows } = await pool.query<InspectionRow>(
          `SELECT ${COLUMNS} FROM risk_inspections WHERE seq IN
             (SELECT max(seq) FROM risk_inspections GROUP BY declaration_id) AND seq > $1 ORDER BY seq LIMIT $2`,
          [after, batchSize],
        );
        if (rows.length === 0) return;
        yield rows.map(toStoredInspection);
        after = Number(rows.at(-1)!.seq);
      }
    },
    latestOutcomes: (ids) => postgresLatestOutcomes(pool, ids),
  };
}
