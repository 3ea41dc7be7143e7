import type { QueueEntry, StoredRiskDecision } from '../core/ports/risk-decision-store.js';
import type { Lane } from '../core/risk/rules/targeting-rule.js';
import type { RiskEngine } from './risk-engine.js';

/** One declaration of the officers' queue (GET /v1/risk/queue), as the dashboard reads it. */
export interface QueueItem {
  id: string;
  lrn?: string;
  issueDate: string;
  importerId?: string;
  declarantId?: string;
  hsCode?: string;
  originCountryCode?: string;
  score: number;
  lane: Lane;
  reasons: string[];
  ruleHits: { ruleId: string; reason: string }[];
  modelVersion: string;
  inspection?: { outcome: 'fraud' | 'clean'; criticalFraud?: boolean; revenueRaised?: number; recordedAt: string };
}

export interface QueueView {
  date: string;
  /** Red and yellow places of the day (its declarations times the shares). */
  capacity: number;
  capacityByLane: { red: number; yellow: number };
  declarations: number;
  items: QueueItem[];
}

/** The reasons of a decision (rule hits apart), with the contributions of its explanation, however late it came. */
export function reasonsOf(decision: StoredRiskDecision): string[] {
  const ruleLines = decision.rules.map((r) => `rule ${r.id} v${r.version} `);
  const own = decision.reasons.filter((reason) => !ruleLines.some((prefix) => reason.startsWith(prefix)));
  const [score, ...rest] = own;
  return [...new Set([...(score ? [score] : []), ...(decision.explanation?.reasons ?? []), ...rest])];
}

async function ruleReasons(engine: RiskEngine, entries: readonly QueueEntry[]): Promise<Map<string, string>> {
  const reasons = new Map<string, string>();
  const sets = new Set(
    entries.flatMap((e) => (e.decision.ruleSet ? [`${e.decision.ruleSet.id}@${e.decision.ruleSet.version}`] : [])),
  );
  for (const key of sets) {
    const [id, version] = key.split('@') as [string, string];
    const set = await engine.risk.ruleSet(id, Number(version));
    for (const rule of set?.rules ?? []) reasons.set(`${rule.id}@${rule.version}`, rule.reason);
  }
  return reasons;
}

/**
 * The day's red and yellow declarations, strictest and riskiest first, with reasons, rule hits
 * and the latest inspection outcome. Without a date: today, or the latest day decided when the
 * store holds only history.
 */
export async function riskQueueView(engine: RiskEngine, date?: string): Promise<QueueView> {
  const today = engine.now().toISOString().slice(0, 10);
  const last = (await engine.risk.decisionDates()).last;
  const day = date ?? (last !== undefined && last < today ? last : today);
  const entries = await engine.risk.currentDecisions({ date: day, lanes: ['red', 'yellow'] });
  const counts = await engine.risk.laneCounts({ from: day, to: day });
  const declarations = counts.reduce((sum, c) => sum + c.declarations, 0);
  const policy = engine.config.lanes;
  const capacityByLane = {
    red: Math.floor(declarations * policy.redShare),
    yellow: Math.floor(declarations * policy.yellowShare),
  };
  const rules = await ruleReasons(engine, entries);
  return {
    date: day,
    capacity: capacityByLane.red + capacityByLane.yellow,
    capacityByLane,
    declarations,
    items: entries.map(({ decision, outcome }) => ({
      id: decision.declarationId,
      ...decision.subject,
      issueDate: decision.date,
      score: Number.isFinite(decision.score) ? decision.score : 0,
      lane: decision.lane,
      reasons: reasonsOf(decision),
      ruleHits: decision.rules.map((r) => ({
        ruleId: r.id,
        reason: rules.get(`${r.id}@${r.version}`) ?? `rule ${r.id} v${r.version}`,
      })),
      modelVersion: decision.modelVersion,
      ...(outcome
        ? {
            inspection: {
              outcome: outcome.fraud === 1 ? ('fraud' as const) : ('clean' as const),
              ...(outcome.criticalFraud === 2 ? { criticalFraud: true } : {}),
              ...(outcome.revenueRaised !== undefined ? { revenueRaised: outcome.revenueRaised } : {}),
              recordedAt: outcome.recordedAt,
            },
          }
        : {}),
    })),
  };
}
