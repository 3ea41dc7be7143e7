/** Hyper-parameters of the histogram GBDT (logistic loss). */
export interface GbdtParams {
  /** Maximum boosting rounds. */
  rounds: number;
  /** Shrinkage applied to every leaf. */
  learningRate: number;
  maxDepth: number;
  maxLeaves: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** Minimum hessian sum in a child. */
  minChildWeight: number;
  /** Minimum loss reduction (sum of both children's g²/(h+λ) minus the parent's) to split. */
  minSplitGain: number;
  /** Share of rows drawn for each tree. */
  subsample: number;
  /** Share of features drawn for each tree. */
  colsampleByTree: number;
  /** Non-missing bins per feature (≤ 254, plus one for missing). */
  maxBins: number;
  seed: number;
  /** Stop when the validation loss has not improved for this many rounds (0: never). */
  earlyStoppingRounds: number;
}

export const DEFAULT_GBDT_PARAMS: GbdtParams = {
  rounds: 400,
  learningRate: 0.05,
  maxDepth: 8,
  maxLeaves: 64,
  lambda: 1,
  minChildWeight: 1,
  minSplitGain: 0,
  subsample: 0.8,
  colsampleByTree: 0.8,
  maxBins: 254,
  seed: 42,
  earlyStoppingRounds: 50,
};
