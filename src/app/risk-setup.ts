import { nodeSha256 } from '../adapters/node-sha256.js';
import type { DeclarationEvent } from '../core/exchange/hub/send-declaration-event.js';
import type { IncomingDeclaration, IngestItemResult, StoredVersion } from '../core/ingest/ingest-declarations.js';
import type { DeclarationStore } from '../core/ports/declaration-store.js';
import type { NewRiskDecision } from '../core/ports/risk-decision-store.js';
import type { VerificationFactSource } from '../core/risk/rules/targeting-rule.js';
import { ExplainerCache } from '../risk/pending-explanations.js';
import { loadRiskConfig, type RiskConfig } from '../risk/risk-config.js';
import { createRiskEngine, type RiskEngine } from '../risk/risk-engine.js';
import { createRiskStore } from '../store/create-risk-store.js';

type IngestDeclarations = (batch: readonly IncomingDeclaration[], source: string) => Promise<IngestItemResult[]>;

/** The risk engine as the composition root wires it into ingest, the exchange and the adapters. */
export interface RiskSetup {
  engine: RiskEngine;
  explainers: ExplainerCache;
  /** Decides lanes for stored versions (the ingest hook); the exchange events they make. */
  onStored(records: readonly StoredVersion[]): Promise<DeclarationEvent[]>;
  /** The ingest use case, its accepted results carrying the lane and the reasons. */
  withLanes(ingest: IngestDeclarations): IngestDeclarations;
}

/** Answers waiting for their ingest call to return, bounded in case one never does. */
const MAX_WAITING = 100_000;

/** Opens the risk store beside the declaration store and loads the active model and rule set. */
export async function setUpRisk(options: {
  store: DeclarationStore;
  now: () => Date;
  config?: RiskConfig;
  verification?: VerificationFactSource;
}): Promise<RiskSetup> {
  const engine = createRiskEngine({
    store: options.store,
    risk: createRiskStore(options.store),
    sha256: nodeSha256,
    now: options.now,
    config: options.config ?? loadRiskConfig(),
    ...(options.verification ? { verification: options.verification } : {}),
  });
  await engine.reload();
  const waiting = new Map<string, NewRiskDecision>();
  const key = (id: string, version: number) => `${id}@${version}`;
  return {
    engine,
    explainers: new ExplainerCache(engine),
    async onStored(records) {
      const decisions = await engine.decide(records);
      if (waiting.size > MAX_WAITING) waiting.clear();
      for (const d of decisions) waiting.set(key(d.declarationId, d.declarationVersion), d);
      const byId = new Map(records.map((record) => [record.id, record]));
      return decisions.flatMap((d): DeclarationEvent[] => {
        const record = byId.get(d.declarationId);
        if (!record) return [];
        const assigned: DeclarationEvent = { record, event: 'lane-assigned', lane: d.lane };
        return d.lane === 'green' ? [assigned, { record, event: 'released' }] : [assigned];
      });
    },
    withLanes: (ingest) => async (batch, source) => {
      const results = await ingest(batch, source);
      for (const result of results) {
        if (result.status === 'duplicate') continue;
        const decision = waiting.get(key(result.id, result.version));
        if (!decision) continue;
        waiting.delete(key(result.id, result.version));
        result.lane = decision.lane;
        result.reasons = decision.reasons;
      }
      return results;
    },
  };
}
