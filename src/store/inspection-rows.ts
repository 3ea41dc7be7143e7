import type { NewInspectionResult, StoredInspectionResult } from '../core/ports/inspection-result-store.js';
import type { Lane } from '../core/risk/rules/targeting-rule.js';
import { flag, optional, type Flag, type Int } from './risk-rows.js';

export const INSPECTION_INSERT_COLUMNS = [
  'declaration_id',
  'declaration_version',
  'fraud',
  'critical_fraud',
  'discrepancy_found',
  'revenue_raised',
  'inspected_at',
  'recorded_at',
  'officer',
  'notes',
  'lane',
  'model_version',
  'source',
] as const;

/** Values of one result in INSPECTION_INSERT_COLUMNS order. */
export function inspectionValues(result: NewInspectionResult): (string | number | null)[] {
  return [
    result.declarationId,
    result.declarationVersion ?? null,
    result.outcome.fraud,
    result.outcome.criticalFraud ?? result.outcome.fraud,
    result.discrepancyFound ? 1 : 0,
    result.outcome.revenueRaised ?? null,
    result.inspectedAt,
    result.recordedAt,
    result.inspector ?? null,
    result.notes ?? null,
    result.lane ?? null,
    result.modelVersion ?? null,
    result.source,
  ];
}

export interface InspectionRow {
  seq: Int;
  declaration_id: string;
  declaration_version: number | null;
  fraud: 0 | 1;
  critical_fraud: 0 | 1 | 2;
  discrepancy_found: Flag;
  revenue_raised: number | null;
  inspected_at: string;
  recorded_at: string;
  officer: string | null;
  notes: string | null;
  lane: Lane | null;
  model_version: string | null;
  source: string;
}

export function toStoredInspection(row: InspectionRow): StoredInspectionResult {
  return {
    seq: Number(row.seq),
    declarationId: row.declaration_id,
    ...optional('declarationVersion', row.declaration_version),
    outcome: {
      fraud: row.fraud,
      criticalFraud: row.critical_fraud,
      ...optional('revenueRaised', row.revenue_raised),
    },
    discrepancyFound: flag(row.discrepancy_found),
    inspectedAt: row.inspected_at,
    recordedAt: row.recorded_at,
    ...optional('inspector', row.officer),
    ...optional('notes', row.notes),
    ...optional('lane', row.lane),
    ...optional('modelVersion', row.model_version),
    source: row.source,
  };
}
