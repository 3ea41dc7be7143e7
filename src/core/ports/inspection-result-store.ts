import type { InspectionResult } from '../risk/lanes/risk-decision.js';

/** An inspection result on its way into the store. */
export interface NewInspectionResult extends InspectionResult {
  /** The declaration version inspected (its latest when recorded), when known. */
  declarationVersion?: number;
  /** ISO 8601 time it was recorded (`inspectedAt` is when the inspection took place). */
  recordedAt: string;
  /** Where it came from: `api`, `file:<path>`. */
  source: string;
}

export interface StoredInspectionResult extends NewInspectionResult {
  seq: number;
}

/** The outcome that counts for a declaration: the latest recorded, wherever it came from. */
export interface LatestOutcome {
  fraud: 0 | 1;
  criticalFraud?: 0 | 1 | 2;
  revenueRaised?: number;
  /** ISO 8601. */
  recordedAt: string;
  /** An inspection result of this store, or an outcome delivered with the declaration (CSV). */
  from: 'inspection' | 'declaration';
}

/**
 * Inspection results recorded by officers or imported, append-only: a second result for a
 * declaration is a correction, and the latest recorded wins. Outcomes delivered with the
 * declarations themselves (the declaration store's `inspection_outcomes`) take part in "latest".
 */
export interface InspectionResultStore {
  recordInspections(results: readonly NewInspectionResult[]): Promise<StoredInspectionResult[]>;
  /** Every result for one declaration, oldest first. */
  inspections(declarationId: string): Promise<StoredInspectionResult[]>;
  /** The latest result of each declaration that has one, in pages (training reads them all). */
  latestInspections(batchSize?: number): AsyncIterable<StoredInspectionResult[]>;
  /** The latest outcome of each of these declarations, from either source. */
  latestOutcomes(declarationIds: readonly string[]): Promise<Map<string, LatestOutcome>>;
}
