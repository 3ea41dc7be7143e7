import type { StoredRiskDecision } from '../core/ports/risk-decision-store.js';
import { explainFeatures, type Explanation } from '../core/risk/explain/explain-prediction.js';
import { createRiskScorer, type RiskScorer } from '../core/risk/model/risk-scorer.js';
import type { RiskEngine } from './risk-engine.js';
import { riskInputOf } from './risk-input-of.js';

/** Scorers of the models decisions were made with (usually the active one), loaded once each. */
export class ExplainerCache {
  readonly #scorers = new Map<string, Promise<RiskScorer | undefined>>();

  constructor(private readonly engine: RiskEngine) {}

  scorer(version: string): Promise<RiskScorer | undefined> {
    const active = this.engine.scorer();
    if (active?.artifact.version === version) return Promise.resolve(active);
    let found = this.#scorers.get(version);
    if (!found) {
      if (this.#scorers.size > 4) this.#scorers.clear();
      found = this.engine.risk.loadModel(version).then((artifact) => artifact && createRiskScorer(artifact));
      this.#scorers.set(version, found);
    }
    return found;
  }
}

/**
 * The explanation of a decision kept for later: the model it was made with, the declaration
 * version it was made on and the feature row as of then, so that it explains that decision
 * exactly (contributions plus bias equal the score it had), however the history moved since.
 */
export async function explainLater(
  engine: RiskEngine,
  cache: ExplainerCache,
  decision: StoredRiskDecision,
): Promise<Explanation | undefined> {
  if (decision.explanation || !decision.features) return decision.explanation;
  const scorer = await cache.scorer(decision.modelVersion);
  const record = await engine.store.get(decision.declarationId, decision.declarationVersion);
  if (!scorer || !record) return undefined;
  const features = Float64Array.from(decision.features, (v) => v ?? Number.NaN);
  const explanation = explainFeatures(scorer, { input: riskInputOf(record), features });
  await engine.risk.saveExplanation(decision.seq, explanation, engine.now().toISOString());
  return explanation;
}

/** Explains up to `limit` red and yellow decisions still waiting for it; the number explained. */
export async function explainPending(engine: RiskEngine, cache: ExplainerCache, limit = 50): Promise<number> {
  const waiting = await engine.risk.unexplained(['red', 'yellow'], limit);
  let explained = 0;
  for (const decision of waiting) {
    if (await explainLater(engine, cache, decision)) explained += 1;
    // An explanation is milliseconds of synchronous CPU: let waiting requests in between, so that
    // a background round never holds the server for the whole batch.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return explained;
}
