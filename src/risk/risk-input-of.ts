import type { DeclarationRecord, InspectionOutcome } from '../core/model/record.js';
import { toRiskInput, type RiskInput } from '../core/risk/risk-input.js';

/** A version the ingest pipeline stored, with the outcome that came with it (historical files carry one). */
export interface StoredRecord extends DeclarationRecord {
  outcome?: InspectionOutcome;
}

/** A declaration as the risk engine reads it: keyed by the store's id, not the filer's reference. */
export function riskInputOf(record: DeclarationRecord, outcome?: InspectionOutcome): RiskInput {
  return { ...toRiskInput(record.declaration, outcome), id: record.id };
}
