import type { LatestOutcome } from '../core/ports/inspection-result-store.js';
import { json, optional, type Json } from './risk-rows.js';

/** The latest outcome from each source of one declaration, as `{ fraud, critical, revenue, at }` documents. */
export interface OutcomePairRow {
  id: string;
  declared: Json;
  inspected: Json;
}

interface OutcomeDocument {
  fraud: 0 | 1;
  critical: 0 | 1 | 2 | null;
  revenue: number | null;
  at: string;
}

function outcomeOf(document: OutcomeDocument, from: LatestOutcome['from']): LatestOutcome {
  return {
    fraud: Number(document.fraud) as 0 | 1,
    ...optional('criticalFraud', document.critical === null ? null : (Number(document.critical) as 0 | 1 | 2)),
    ...optional('revenueRaised', document.revenue),
    recordedAt: new Date(document.at).toISOString(),
    from,
  };
}

/** The later of the two; an inspection result recorded at the same instant wins. */
export function latestOutcome(row: OutcomePairRow): LatestOutcome | undefined {
  const declared = row.declared === null ? undefined : outcomeOf(json<OutcomeDocument>(row.declared), 'declaration');
  const inspected = row.inspected === null ? undefined : outcomeOf(json<OutcomeDocument>(row.inspected), 'inspection');
  if (!declared || !inspected) return declared ?? inspected;
  return inspected.recordedAt >= declared.recordedAt ? inspected : declared;
}
