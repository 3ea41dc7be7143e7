import { FeatureHistory } from '../core/risk/features/feature-history.js';
import { rankingMetrics } from '../core/risk/evaluation/ranking-metrics.js';
import type { RiskParamsOverrides } from '../core/risk/model/default-risk-params.js';
import type { ModelArtifact } from '../core/risk/model/model-artifact.js';
import { createRiskScorer } from '../core/risk/model/risk-scorer.js';
import { trainRiskModel, type TrainRiskModelOptions } from '../core/risk/model/train-risk-model.js';
import type { RiskInput } from '../core/risk/risk-input.js';
import { compareOnHoldout, type HoldoutComparison } from './holdout-comparison.js';
import type { RiskEngine } from './risk-engine.js';
import { allStoredInputs } from './stored-inputs.js';

export interface TrainFromStoreOptions {
  /** `true` promotes, `false` never; default: only when it beats the active model on the held-out period. */
  promote?: boolean;
  /** Retrain on everything once measured (default true); without, the measured model is the one registered. */
  refit?: boolean;
  params?: RiskParamsOverrides;
  actor?: string;
  /** Fewest labelled declarations (and frauds) to train at all. */
  minimum?: { outcomes: number; frauds: number };
  log?: (line: string) => void;
  createBuilder?: TrainRiskModelOptions['createBuilder'];
}

export type TrainReport =
  | { status: 'not-enough-outcomes'; labelled: number; frauds: number; needed: { outcomes: number; frauds: number } }
  | {
      status: 'trained';
      version: string;
      training: ModelArtifact['training'];
      holdout: HoldoutComparison;
      promoted: boolean;
      /** Why it was or was not promoted, in words. */
      decision: string;
      seconds: number;
    };

const pick = (m: Record<string, number>) => ({
  precision_at_5: m['precision_at_5'] ?? 0,
  precision_at_10: m['precision_at_10'] ?? 0,
  auc: m['auc'] ?? 0,
});

/** The latest `share` of the labelled declarations (by day) is held out; returns its first day. */
function holdoutStart(inputs: readonly RiskInput[], share: number): string {
  const days = inputs
    .filter((i) => i.label && i.date !== '')
    .map((i) => i.date)
    .sort();
  return days[Math.min(days.length - 1, Math.floor(days.length * (1 - share)))] ?? '';
}

/**
 * `tamga risk train`: trains on every stored declaration with its latest outcome (the declaration
 * store's and the recorded inspection results, latest wins), measures the model on the most recent
 * labelled period held out of its training (next to the active model when that one never saw the
 * period), retrains on everything, registers the version and promotes it if asked or if it wins.
 */
export async function trainFromStore(engine: RiskEngine, options: TrainFromStoreOptions = {}): Promise<TrainReport> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const minimum = options.minimum ?? { outcomes: 30, frauds: 5 };
  log('reading stored declarations and their latest outcomes ...');
  const inputs = await allStoredInputs(engine);
  const labels = inputs.flatMap((i) => (i.label ? [i.label] : []));
  const frauds = labels.filter((l) => l.fraud === 1).length;
  if (labels.length < minimum.outcomes || frauds < minimum.frauds || frauds === labels.length)
    return { status: 'not-enough-outcomes', labelled: labels.length, frauds, needed: minimum };

  const cutoff = holdoutStart(inputs, engine.config.training.holdoutShare);
  const before = inputs.filter((i) => i.date < cutoff);
  if (!before.some((i) => i.label?.fraud === 1) || !before.some((i) => i.label?.fraud === 0)) {
    return { status: 'not-enough-outcomes', labelled: labels.length, frauds, needed: minimum };
  }
  const heldOut = inputs.filter((i) => i.date >= cutoff);
  const createdAt = engine.now().toISOString();
  const base = { params: options.params, createdAt, createBuilder: options.createBuilder };
  log(
    `training on ${before.length.toLocaleString('en-US')} declarations before ${cutoff}, measuring on the ${heldOut.length.toLocaleString('en-US')} after ...`,
  );
  const measured = trainRiskModel({ ...base, train: before });
  const history = FeatureHistory.fromJSON(measured.artifact.history);
  const scored = createRiskScorer(measured.artifact, { history: measured.history }).scoreTimeline(heldOut);
  const rows = [...heldOut.keys()].filter((i) => heldOut[i]!.label);
  const metrics = rankingMetrics(
    rows.map((i) => scored.probabilities[i]!),
    rows.map((i) => heldOut[i]!.label!),
  );
  const holdout = await compareOnHoldout(engine, { heldOut, history, metrics, cutoff });

  let artifact: ModelArtifact = measured.artifact;
  if (options.refit !== false) {
    log(`retraining on all ${inputs.length.toLocaleString('en-US')} declarations ...`);
    artifact = trainRiskModel({ ...base, train: inputs }).artifact;
  }
  artifact = { ...artifact, metrics: { ...metrics, holdout_rows: rows.length } };
  const decision = promotionDecision(options.promote, holdout);
  await engine.risk.registerModel(artifact, { registeredAt: engine.now().toISOString(), note: decision.reason });
  if (decision.promote) {
    await engine.risk.promoteModel(artifact.version, {
      at: engine.now().toISOString(),
      ...(options.actor ? { actor: options.actor } : {}),
      reason: decision.reason,
    });
    await engine.reload();
  }
  return {
    status: 'trained',
    version: artifact.version,
    training: artifact.training,
    holdout,
    promoted: decision.promote,
    decision: decision.reason,
    seconds: (performance.now() - started) / 1000,
  };
}

function promotionDecision(
  promote: boolean | undefined,
  holdout: HoldoutComparison,
): { promote: boolean; reason: string } {
  const c = pick(holdout.candidate);
  const period = `on ${holdout.from} … ${holdout.to}`;
  const figures = `P@5% ${c.precision_at_5.toFixed(3)}, P@10% ${c.precision_at_10.toFixed(3)}, AUC ${c.auc.toFixed(3)}`;
  if (promote === true) return { promote: true, reason: `promoted on request (${figures} ${period})` };
  if (promote === false) return { promote: false, reason: `not promoted: --no-promote (${figures} ${period})` };
  if (!holdout.active) return { promote: true, reason: `promoted: no model was active (${figures} ${period})` };
  const a = pick(holdout.active.metrics);
  const versus = `P@5% ${c.precision_at_5.toFixed(3)} vs ${a.precision_at_5.toFixed(3)}, P@10% ${c.precision_at_10.toFixed(3)} vs ${a.precision_at_10.toFixed(3)}, AUC ${c.auc.toFixed(3)} vs ${a.auc.toFixed(3)} ${period}`;
  if (!holdout.active.comparable)
    return {
      promote: false,
      reason: `not promoted: the active model ${holdout.active.version} was trained on part of the held-out period, so the comparison (${versus}) is not fair; promote by hand if wanted`,
    };
  const better = c.precision_at_5 - a.precision_at_5 || c.precision_at_10 - a.precision_at_10 || c.auc - a.auc;
  return better > 0
    ? { promote: true, reason: `promoted: beats the active model ${holdout.active.version} (${versus})` }
    : { promote: false, reason: `not promoted: does not beat the active model ${holdout.active.version} (${versus})` };
}
