import type { NewInspectionResult, StoredInspectionResult } from '../core/ports/inspection-result-store.js';
import type { RiskEngine } from './risk-engine.js';
import { riskInputOf } from './risk-input-of.js';

/** What an officer reports after an inspection (the API body, a row of an imported file). */
export interface InspectionReport {
  outcome: 'fraud' | 'clean';
  /** Fraud against public safety, IP, origin rules... (Critical Fraud = 2). */
  criticalFraud?: boolean;
  /** Anything found wrong, fraud or not; default: whether fraud was found. */
  discrepancyFound?: boolean;
  revenueRaised?: number;
  notes?: string;
  /** ISO 8601; default when recorded. */
  inspectedAt?: string;
}

export type RecordInspectionResult =
  { status: 'recorded'; result: StoredInspectionResult } | { status: 'not-found'; id: string };

/**
 * Records an inspection result against the declaration's latest version and its current
 * decision, and teaches the live history the label (replacing the one it had, if any), so that
 * the next declarations from the same traders and goods are featurised with it.
 */
export async function recordInspection(
  engine: RiskEngine,
  request: { id: string; report: InspectionReport; officer?: string; source: string },
): Promise<RecordInspectionResult> {
  const record = await engine.store.get(request.id);
  if (!record) return { status: 'not-found', id: request.id };
  const { report } = request;
  const fraud = report.outcome === 'fraud' ? 1 : 0;
  const previous = (await engine.risk.latestOutcomes([record.id])).get(record.id);
  const current = (await engine.risk.decisionsFor(record.id)).at(-1);
  const recordedAt = engine.now().toISOString();
  const result: NewInspectionResult = {
    declarationId: record.id,
    declarationVersion: record.version,
    inspectedAt: report.inspectedAt ?? recordedAt,
    recordedAt,
    outcome: {
      fraud,
      criticalFraud: fraud === 0 ? 0 : report.criticalFraud ? 2 : 1,
      ...(report.revenueRaised !== undefined ? { revenueRaised: report.revenueRaised } : {}),
    },
    discrepancyFound: report.discrepancyFound ?? fraud === 1,
    source: request.source,
    ...(request.officer ? { inspector: request.officer } : {}),
    ...(report.notes ? { notes: report.notes } : {}),
    ...(current ? { lane: current.lane, modelVersion: current.modelVersion } : {}),
  };
  const [stored] = await engine.risk.recordInspections([result]);
  if (record.status === 'accepted') engine.history().learnOutcome(riskInputOf(record), fraud, previous?.fraud);
  return { status: 'recorded', result: stored! };
}
