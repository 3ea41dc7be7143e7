import { DEFAULT_SMOOTHING } from '../features/feature-history.js';
import { DEFAULT_GBDT_PARAMS } from '../gbdt/gbdt-params.js';
import type { RiskModelParams } from './model-artifact.js';
import { DEFAULT_MODEL_FEATURES } from './model-features.js';

/** Settings chosen on train → valid; deep trees find the interactions of the codes. */
export const DEFAULT_RISK_PARAMS: RiskModelParams = {
  gbdt: {
    ...DEFAULT_GBDT_PARAMS,
    rounds: 200,
    learningRate: 0.2,
    maxDepth: 12,
    maxLeaves: 256,
    subsample: 1,
    colsampleByTree: 1,
    earlyStoppingRounds: 30,
  },
  features: [...DEFAULT_MODEL_FEATURES],
  smoothing: DEFAULT_SMOOTHING,
  earlyStoppingShare: 0.15,
  refit: true,
};

/** Overrides merged over the defaults (booster settings merged one level deep). */
export interface RiskParamsOverrides extends Partial<Omit<RiskModelParams, 'gbdt'>> {
  gbdt?: Partial<RiskModelParams['gbdt']>;
}

export function resolveRiskParams(overrides: RiskParamsOverrides = {}): RiskModelParams {
  return {
    ...DEFAULT_RISK_PARAMS,
    ...overrides,
    gbdt: { ...DEFAULT_RISK_PARAMS.gbdt, ...overrides.gbdt },
  };
}
