import type { CategoryCodebook } from '../features/category-codebook.js';
import type { FeatureHistorySnapshot, SmoothingOptions } from '../features/feature-history.js';
import type { GbdtParams } from '../gbdt/gbdt-params.js';
import type { GbdtModel } from '../gbdt/gbdt-model.js';

/** Training choices beyond the booster's own. */
export interface RiskModelParams {
  gbdt: GbdtParams;
  /** Names of the features the booster sees (a subset of FEATURE_NAMES). */
  features: string[];
  smoothing: SmoothingOptions;
  /** Share of the training period (its latest days) held out for early stopping. */
  earlyStoppingShare: number;
  /** After early stopping, retrain on the whole period with the rounds it chose. */
  refit: boolean;
}

/**
 * A trained risk model as one JSON document: what it was trained on, with what, how well it
 * did, and everything needed to score at once (booster, encoder, history as of training end).
 */
export interface ModelArtifact {
  format: 'tamga-risk-model';
  schemaVersion: 1;
  /** Unique, sortable: `gbdt-<created-at compact>-<seed>` unless the caller names it. */
  version: string;
  /** ISO 8601. */
  createdAt: string;
  training: {
    from: string;
    to: string;
    rows: number;
    frauds: number;
    seconds?: number;
  };
  params: RiskModelParams;
  /** Metrics measured on data the model was not trained on, when known. */
  metrics: Record<string, number>;
  codebook: CategoryCodebook;
  gbdt: GbdtModel;
  history: FeatureHistorySnapshot;
}
