import type { LatestOutcome } from '../core/ports/inspection-result-store.js';
import { flag, optional, type Flag } from './risk-rows.js';

/** A row of `risk_outcomes` (migration 008): the outcome that counts for one declaration. */
export interface OutcomeRow {
  id: string;
  fraud: number;
  critical_fraud: number | null;
  revenue_raised: number | null;
  /** ISO text (SQLite) or a Date (PostgreSQL timestamptz). */
  recorded_at: string | Date;
  from_inspection: Flag;
}

export function toLatestOutcome(row: OutcomeRow): LatestOutcome {
  return {
    fraud: Number(row.fraud) as 0 | 1,
    ...optional('criticalFraud', row.critical_fraud === null ? null : (Number(row.critical_fraud) as 0 | 1 | 2)),
    ...optional('revenueRaised', row.revenue_raised),
    recordedAt: new Date(row.recorded_at).toISOString(),
    from: flag(row.from_inspection) ? 'inspection' : 'declaration',
  };
}
