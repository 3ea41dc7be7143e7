import type { RiskEngine } from './risk-engine.js';
import { explainLater, type ExplainerCache } from './pending-explanations.js';
import { reasonsOf } from './risk-queue-view.js';

/**
 * GET /v1/declarations/:id/risk: every decision on a declaration, oldest first, each with its
 * explanation (computed now, exactly as of the decision, when it was left for later), and the
 * inspection results recorded. Undefined for an unknown declaration.
 */
export async function declarationRiskView(engine: RiskEngine, cache: ExplainerCache, id: string) {
  const record = await engine.store.get(id);
  if (!record) return undefined;
  const decisions = await engine.risk.decisionsFor(id);
  const explained = [];
  for (const decision of decisions) {
    const explanation = await explainLater(engine, cache, decision);
    const { features: _features, ...rest } = decision;
    const shown = explanation ? { ...rest, explanation } : rest;
    explained.push({
      ...shown,
      reasons: reasonsOf(explanation ? { ...decision, explanation } : decision),
      score: finite(decision.score),
    });
  }
  const current = explained.at(-1);
  return {
    id,
    version: record.version,
    ...(current ? { lane: current.lane, score: current.score, modelVersion: current.modelVersion } : {}),
    decisions: explained,
    inspections: await engine.risk.inspections(id),
  };
}

const finite = (value: number) => (Number.isFinite(value) ? value : null);
