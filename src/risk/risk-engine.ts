import type { DeclarationStore, ScannedDeclaration } from '../core/ports/declaration-store.js';
import type { Sha256 } from '../core/ports/hasher.js';
import type { NewRiskDecision } from '../core/ports/risk-decision-store.js';
import type { RiskStore } from '../core/ports/risk-store.js';
import type { StoredRuleSet } from '../core/ports/rule-set-store.js';
import type { VerificationFactSource } from '../core/risk/rules/targeting-rule.js';
import { DEFAULT_SMOOTHING, FeatureHistory } from '../core/risk/features/feature-history.js';
import { createRiskScorer, type RiskScorer } from '../core/risk/model/risk-scorer.js';
import { DayLedger } from './day-ledger.js';
import { decideArrivals } from './decide-arrivals.js';
import type { RiskConfig } from './risk-config.js';
import { riskInputOf, type StoredRecord } from './risk-input-of.js';

export interface RiskEngineOptions {
  store: DeclarationStore;
  risk: RiskStore;
  sha256: Sha256;
  now: () => Date;
  config: RiskConfig;
  /** Verification signals for targeting rules (importer mismatch rate, mirror gap); none: rules never see them. */
  verification?: VerificationFactSource;
}

/** What a decision listener (the dashboard's aggregates, the exchange) is told. */
export type DecisionListener = (decisions: readonly NewRiskDecision[]) => Promise<void>;

/**
 * The risk engine as the rest of the system uses it: the model and rule set in use, the live
 * point-in-time history (every stored declaration joins it as it arrives), and lanes decided for
 * every accepted declaration at ingest. Training, rescoring and the read models take it as
 * their context.
 */
export interface RiskEngine {
  readonly store: DeclarationStore;
  readonly risk: RiskStore;
  readonly config: RiskConfig;
  readonly sha256: Sha256;
  readonly now: () => Date;
  readonly verification: VerificationFactSource | undefined;
  /** The scorer of the active model (on the live history), when one is promoted. */
  scorer(): RiskScorer | undefined;
  ruleSet(): StoredRuleSet | undefined;
  history(): FeatureHistory;
  /** Loads the active model and rule set (at start, and after a promotion, rollback or activation). */
  reload(): Promise<void>;
  /** At start: one page of the store's scan joins the live history, with the latest outcomes. */
  observe(page: readonly ScannedDeclaration[]): Promise<void>;
  /** Lanes for freshly stored versions (the accepted ones), stored and told to the listeners. */
  decide(records: readonly StoredRecord[]): Promise<NewRiskDecision[]>;
  /** Called with every batch of decisions stored (ingest and rescore). */
  onDecisions(listener: DecisionListener): void;
  /** Tells the listeners about decisions stored elsewhere (a rescore). */
  announce(decisions: readonly NewRiskDecision[]): Promise<void>;
  /** Makes the next decisions count day capacity from the store again (after a rescore). */
  resetCapacity(): Promise<void>;
}

export function createRiskEngine(options: RiskEngineOptions): RiskEngine {
  const { risk, config } = options;
  let scorer: RiskScorer | undefined;
  let ruleSet: StoredRuleSet | undefined;
  let history = new FeatureHistory(DEFAULT_SMOOTHING);
  const ledger = new DayLedger(risk);
  const listeners: DecisionListener[] = [];
  const announce = async (decisions: readonly NewRiskDecision[]) => {
    for (const listener of listeners) await listener(decisions);
  };

  const engine: RiskEngine = {
    store: options.store,
    risk,
    config,
    sha256: options.sha256,
    now: options.now,
    verification: options.verification,
    scorer: () => scorer,
    ruleSet: () => ruleSet,
    history: () => history,
    async reload() {
      const version = await risk.activeModel();
      const artifact =
        version === scorer?.artifact.version ? scorer?.artifact : version && (await risk.loadModel(version));
      if (artifact && JSON.stringify(artifact.params.smoothing) !== JSON.stringify(history.smoothing)) {
        // Smoothing is read when features are computed: a history built with other settings would mislead.
        history = FeatureHistory.fromJSON({ ...history.toJSON(), smoothing: artifact.params.smoothing });
      }
      scorer = artifact ? createRiskScorer(artifact, { history }) : undefined;
      ruleSet = await risk.activeRuleSet();
      await options.verification?.refresh();
      await ledger.prime((await risk.decisionDates()).last);
    },
    async observe(page) {
      const accepted = page.filter((item) => item.record.status === 'accepted');
      const outcomes = await risk.latestOutcomes(accepted.map((item) => item.record.id));
      for (const { record } of accepted) {
        const outcome = outcomes.get(record.id);
        history.observe(riskInputOf(record, outcome && { fraud: outcome.fraud }), true);
      }
    },
    async decide(records) {
      const accepted = records.filter((record) => record.status === 'accepted');
      if (accepted.length === 0) return [];
      if (!scorer) {
        for (const record of accepted) history.observe(riskInputOf(record, record.outcome), true);
        return [];
      }
      const decisions = await decideArrivals(accepted, { engine, scorer, ruleSet, ledger });
      await risk.appendDecisions(decisions);
      await announce(decisions);
      return decisions;
    },
    onDecisions: (listener) => void listeners.push(listener),
    announce,
    resetCapacity: async () => ledger.prime((await risk.decisionDates()).last),
  };
  return engine;
}
