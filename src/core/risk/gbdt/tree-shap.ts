import type { GbdtModel } from './gbdt-model.js';
import type { Tree } from './tree.js';

/**
 * Exact TreeSHAP (Lundberg et al. 2020, Algorithm 2): the Shapley value of each feature for
 * one prediction, conditioned on the tree's training cover. For every row,
 * bias + Σ contributions = raw score, exactly (up to rounding).
 */
export interface Contributions {
  /** One value per model feature, in log-odds. */
  values: Float64Array;
  /** Expected raw score over the training data (base score + each tree's mean output). */
  bias: number;
}

interface PathElement {
  feature: number;
  zero: number;
  one: number;
  weight: number;
}

function extend(path: PathElement[], depth: number, element: Omit<PathElement, 'weight'>): void {
  path[depth] = { ...element, weight: depth === 0 ? 1 : 0 };
  for (let i = depth - 1; i >= 0; i--) {
    path[i + 1]!.weight += (element.one * path[i]!.weight * (i + 1)) / (depth + 1);
    path[i]!.weight = (element.zero * path[i]!.weight * (depth - i)) / (depth + 1);
  }
}

function unwind(path: PathElement[], depth: number, at: number): void {
  const { one, zero } = path[at]!;
  let next = path[depth]!.weight;
  for (let i = depth - 1; i >= 0; i--) {
    const el = path[i]!;
    if (one !== 0) {
      const tmp = el.weight;
      el.weight = (next * (depth + 1)) / ((i + 1) * one);
      next = tmp - (el.weight * zero * (depth - i)) / (depth + 1);
    } else {
      el.weight = (el.weight * (depth + 1)) / (zero * (depth - i));
    }
  }
  for (let i = at; i < depth; i++) {
    const src = path[i + 1]!;
    path[i] = { feature: src.feature, zero: src.zero, one: src.one, weight: path[i]!.weight };
  }
}

function unwoundSum(path: PathElement[], depth: number, at: number): number {
  const { one, zero } = path[at]!;
  let next = path[depth]!.weight;
  let total = 0;
  for (let i = depth - 1; i >= 0; i--) {
    if (one !== 0) {
      const tmp = (next * (depth + 1)) / ((i + 1) * one);
      total += tmp;
      next = path[i]!.weight - tmp * zero * ((depth - i) / (depth + 1));
    } else if (zero !== 0) {
      total += path[i]!.weight / zero / ((depth - i) / (depth + 1));
    }
  }
  return total;
}

interface Walk {
  tree: Tree;
  data: ArrayLike<number>;
  offset: number;
  phi: Float64Array;
}

type Step = Omit<PathElement, 'weight'> & { node: number };

function recurse(walk: Walk, parent: { path: PathElement[]; depth: number }, step: Step): void {
  const { node, ...incoming } = step;
  const { tree, data, offset, phi } = walk;
  const path = parent.path.slice(0, parent.depth + 1).map((e) => ({ ...e }));
  let depth = parent.depth;
  extend(path, depth, incoming);
  const f = tree.feature[node]!;
  if (f < 0) {
    for (let i = 1; i <= depth; i++) {
      const el = path[i]!;
      phi[el.feature] = phi[el.feature]! + unwoundSum(path, depth, i) * (el.one - el.zero) * tree.value[node]!;
    }
    return;
  }
  const v = data[offset + f]!;
  const goLeft = Number.isNaN(v) ? tree.missingLeft[node]! : v <= tree.threshold[node]!;
  const hot = goLeft ? tree.left[node]! : tree.right[node]!;
  const cold = goLeft ? tree.right[node]! : tree.left[node]!;
  const cover = tree.cover[node]!;
  let incomingZero = 1;
  let incomingOne = 1;
  const seen = path.findIndex((e, i) => i > 0 && i <= depth && e.feature === f);
  if (seen > 0) {
    incomingZero = path[seen]!.zero;
    incomingOne = path[seen]!.one;
    unwind(path, depth, seen);
    depth -= 1;
  }
  const next = { path, depth: depth + 1 };
  recurse(walk, next, { node: hot, feature: f, zero: (tree.cover[hot]! / cover) * incomingZero, one: incomingOne });
  recurse(walk, next, { node: cold, feature: f, zero: (tree.cover[cold]! / cover) * incomingZero, one: 0 });
}

function expectedValue(tree: Tree, node = 0): number {
  if (tree.feature[node]! < 0) return tree.value[node]!;
  const cover = tree.cover[node]!;
  const l = tree.left[node]!;
  const r = tree.right[node]!;
  return (tree.cover[l]! * expectedValue(tree, l) + tree.cover[r]! * expectedValue(tree, r)) / cover;
}

/** TreeSHAP contributions of the row at `data[offset..]` (columns in model feature order). */
export function treeShap(model: GbdtModel, data: ArrayLike<number>, offset = 0): Contributions {
  const phi = new Float64Array(model.featureNames.length);
  let bias = model.baseScore;
  for (const tree of model.trees) {
    bias += expectedValue(tree);
    recurse({ tree, data, offset, phi }, { path: [], depth: 0 }, { node: 0, feature: -1, zero: 1, one: 1 });
  }
  return { values: phi, bias };
}
