import { FEATURE_INDEX } from '../features/feature-names.js';
import { sigmoid } from '../gbdt/gbdt-model.js';
import type { GbdtModel } from '../gbdt/gbdt-model.js';
import { linearTreeShap, prepareShapForest, type ShapForest } from '../gbdt/linear-tree-shap.js';
import type { RiskScorer } from '../model/risk-scorer.js';
import type { RiskInput } from '../risk-input.js';
import { phraseFeature } from './feature-phrases.js';

export interface FeatureContribution {
  feature: string;
  /** The feature's value for this declaration (NaN when missing). */
  value: number;
  /** TreeSHAP contribution in log-odds; positive raises the risk. */
  contribution: number;
  text: string;
}

/**
 * Why the model scored a declaration as it did: exact TreeSHAP contributions
 * (bias + Σ contributions = rawScore), the strongest ones phrased for an officer, and facts
 * from history worth knowing even when the model did not lean on them.
 */
export interface Explanation {
  modelVersion: string;
  score: number;
  rawScore: number;
  bias: number;
  /** Strongest contributions first (by absolute value). */
  contributions: FeatureContribution[];
  /** Plain-language reasons: the contributions that raised the risk most. */
  reasons: string[];
  /** History facts: new traders, fraud rate of the goods from this origin. */
  context: string[];
}

function historyContext(input: RiskInput, features: Float64Array): string[] {
  const facts: string[] = [];
  const at = (name: string): number => features[FEATURE_INDEX.get(name)!]!;
  const importerAge = at('importerId_days_since_first');
  if (input.importerId !== '' && at('importerId_seen') === 0)
    facts.push(`importer ${input.importerId} never seen before`);
  else if (importerAge <= 30) facts.push(`importer ${input.importerId} first seen ${importerAge} days ago`);
  if (at('hs6_origin_labelled') >= 5)
    facts.push(
      `HS ${input.hs6} from ${input.originCountry}: ${Math.round(at('hs6_origin_fraud_rate') * 100)}% fraud rate in history`,
    );
  return facts;
}

const forests = new WeakMap<GbdtModel, ShapForest>();

/** The prepared explainer of a model, built on first use and kept as long as the model lives. */
function shapForest(model: GbdtModel): ShapForest {
  let forest = forests.get(model);
  if (!forest) forests.set(model, (forest = prepareShapForest(model)));
  return forest;
}

/** Explains one declaration against the scorer's history as it stands. */
export function explainPrediction(scorer: RiskScorer, input: RiskInput, options: { top?: number } = {}): Explanation {
  return explainFeatures(scorer, { input, features: scorer.features(input) }, options);
}

/**
 * Explains one declaration from its full feature row as it was computed when it was scored
 * (point in time: a rescore or a stored decision explains what was known then, not now).
 */
export function explainFeatures(
  scorer: RiskScorer,
  row: { input: RiskInput; features: Float64Array },
  options: { top?: number } = {},
): Explanation {
  const { input, features } = row;
  const gbdt = scorer.artifact.gbdt;
  const modelRow = Float64Array.from(scorer.columns, (c) => features[c]!);
  const { values, bias } = linearTreeShap(shapForest(gbdt), modelRow);
  const rawScore = values.reduce((a, b) => a + b, bias);
  const ctx = { input, features };
  const contributions = gbdt.featureNames
    .map((feature, f) => ({ feature, value: modelRow[f]!, contribution: values[f]!, text: '' }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, options.top ?? 8)
    .map((c) => ({ ...c, text: phraseFeature(c.feature, ctx) }));
  const reasons = contributions
    .filter((c) => c.contribution > 0)
    .slice(0, 4)
    .map((c) => c.text);
  return {
    modelVersion: scorer.artifact.version,
    score: sigmoid(rawScore),
    rawScore,
    bias,
    contributions,
    reasons,
    context: historyContext(input, features),
  };
}

/** Facts from history worth an officer's attention, without the cost of an explanation. */
export function historyFacts(input: RiskInput, features: Float64Array): string[] {
  return historyContext(input, features);
}
