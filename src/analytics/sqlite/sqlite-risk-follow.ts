import type { Database } from 'better-sqlite3';
import type { LaneFact } from '../../core/ports/analytics-store.js';
import type { FactStatements } from './sqlite-fact-statements.js';

const BATCH = 10_000;
/**
 * Inspection results recorded by officers (risk_inspections) rank after outcomes delivered with
 * the data (inspection_outcomes): their sequence is offset past any outcome's.
 */
export const OFFICER_RESULT_OFFSET = 1_000_000_000_000;

/** What a batch of outcomes or lanes changed: the days to recount. */
export type Dates = Set<string>;

/**
 * Follows the risk engine's append-only tables (migration 006) by rowid: decisions give lanes,
 * inspection results give outcomes. Both wait, like outcomes, for their declarations to be folded in.
 */
export function createRiskFollow(db: Database, s: FactStatements, rebuildDays: (dates: Dates) => void) {
  const q = {
    lastDecision: db.prepare('SELECT max(seq) FROM risk_decisions').pluck(),
    lastInspection: db.prepare('SELECT max(seq) FROM risk_inspections').pluck(),
    decisions: db.prepare(
      `SELECT seq, declaration_id, lane, score, model_version, decided_at FROM risk_decisions
       WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ${BATCH}`,
    ),
    inspections: db.prepare(
      `SELECT seq, declaration_id, fraud, revenue_raised FROM risk_inspections
       WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ${BATCH}`,
    ),
  };
  const limits = { decisions: 0, inspections: 0 };

  const lanes = (facts: readonly LaneFact[]): Dates => {
    const dates: Dates = new Set();
    for (const lane of facts) {
      const values = [lane.declarationId, lane.lane, lane.score ?? null, lane.modelVersion ?? null, lane.decidedAt];
      if (s.upsertLane.run(...values).changes === 0) continue;
      const date = s.setLane.get(lane.lane, lane.declarationId);
      if (date !== undefined) dates.add(date);
    }
    return dates;
  };

  const decisionBatch = db.transaction((): number => {
    const rows = q.decisions.all(s.position.get('risk-decisions') ?? 0, limits.decisions) as DecisionRow[];
    rebuildDays(
      lanes(
        rows.map((row) => ({
          declarationId: row.declaration_id,
          lane: row.lane,
          ...(row.score === null ? {} : { score: row.score }),
          modelVersion: row.model_version,
          decidedAt: row.decided_at,
        })),
      ),
    );
    if (rows.length > 0) s.setPosition.run('risk-decisions', rows.at(-1)!.seq);
    return rows.length;
  });

  const inspectionBatch = db.transaction((): number => {
    const rows = q.inspections.all(s.position.get('risk-inspections') ?? 0, limits.inspections) as InspectionRow[];
    const dates: Dates = new Set();
    for (const row of rows) {
      applyOutcome(
        s,
        { id: row.declaration_id, fraud: row.fraud, revenue: row.revenue_raised, seq: OFFICER_RESULT_OFFSET + row.seq },
        dates,
      );
    }
    rebuildDays(dates);
    if (rows.length > 0) s.setPosition.run('risk-inspections', rows.at(-1)!.seq);
    return rows.length;
  });

  return {
    /** Call before folding versions: what is stored by then has its declaration folded after. */
    capture: () => {
      limits.decisions = (q.lastDecision.get() as number | null) ?? 0;
      limits.inspections = (q.lastInspection.get() as number | null) ?? 0;
    },
    limits,
    decisionBatch,
    inspectionBatch,
    recordLanes: db.transaction((facts: readonly LaneFact[]) => rebuildDays(lanes(facts))),
  };
}

/** Makes an outcome the declaration's latest when it is newer than the one held. */
export function applyOutcome(
  s: FactStatements,
  outcome: { id: string; fraud: number; revenue: number | null; seq: number },
  dates: Dates,
): void {
  const updated = s.outcome.get(outcome.fraud, outcome.revenue, outcome.seq, outcome.id, outcome.seq) as
    { issue_date: string } | undefined;
  if (!updated) return;
  dates.add(updated.issue_date);
  s.chapterFraud.run(outcome.fraud, outcome.id);
  s.originFraud.run(outcome.fraud, outcome.id);
}

interface DecisionRow {
  seq: number;
  declaration_id: string;
  lane: LaneFact['lane'];
  score: number | null;
  model_version: string;
  decided_at: string;
}

interface InspectionRow {
  seq: number;
  declaration_id: string;
  fraud: number;
  revenue_raised: number | null;
}
