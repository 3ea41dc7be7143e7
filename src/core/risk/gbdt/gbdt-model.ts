import type { GbdtParams } from './gbdt-params.js';
import { predictTree, type Tree } from './tree.js';

/** A trained booster, plain JSON: raw score = baseScore + sum of tree outputs (log-odds). */
export interface GbdtModel {
  format: 'tamga-gbdt';
  version: 1;
  params: GbdtParams;
  featureNames: string[];
  baseScore: number;
  trees: Tree[];
  /** Rounds kept (the best validation round when early stopping ran). */
  bestIteration: number;
  /** Validation log-loss after each round, when a validation set was given. */
  validLoss: number[];
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Raw (log-odds) score of the row at `data[offset..]`, tree by tree; see CompiledForest for speed. */
export function rawScore(model: GbdtModel, data: ArrayLike<number>, offset = 0): number {
  let sum = model.baseScore;
  for (const tree of model.trees) sum += predictTree(tree, data, offset);
  return sum;
}
