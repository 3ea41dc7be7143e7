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

/*
 * The path of unique features from the root is kept in flat typed arrays; each recursion level
 * works on its own segment starting right after its parent's, as in the reference C++
 * implementation, so an explanation allocates nothing per node. The kernels take positional
 * numbers because an options object per call would allocate in the innermost loop.
 */
class ShapWalker {
  private readonly feature: Int32Array;
  private readonly zero: Float64Array;
  private readonly one: Float64Array;
  private readonly weight: Float64Array;
  private tree!: Tree;
  private data!: ArrayLike<number>;
  private offset = 0;
  private phi!: Float64Array;

  constructor(maxDepth: number) {
    const size = ((maxDepth + 2) * (maxDepth + 3)) / 2 + 1;
    this.feature = new Int32Array(size);
    this.zero = new Float64Array(size);
    this.one = new Float64Array(size);
    this.weight = new Float64Array(size);
  }

  run(tree: Tree, row: { data: ArrayLike<number>; offset: number }, phi: Float64Array): void {
    this.tree = tree;
    this.data = row.data;
    this.offset = row.offset;
    this.phi = phi;
    this.recurse(0, { parent: 0, depth: 0, zero: 1, one: 1, feature: -1, first: true });
  }

  // eslint-disable-next-line max-params -- hot kernel, see the note above the class
  private extend(base: number, depth: number, zero: number, one: number, feature: number): void {
    const { weight } = this;
    this.feature[base + depth] = feature;
    this.zero[base + depth] = zero;
    this.one[base + depth] = one;
    weight[base + depth] = depth === 0 ? 1 : 0;
    for (let i = depth - 1; i >= 0; i--) {
      weight[base + i + 1]! += (one * weight[base + i]! * (i + 1)) / (depth + 1);
      weight[base + i] = (zero * weight[base + i]! * (depth - i)) / (depth + 1);
    }
  }

  private unwind(base: number, depth: number, at: number): void {
    const { weight } = this;
    const one = this.one[base + at]!;
    const zero = this.zero[base + at]!;
    let next = weight[base + depth]!;
    for (let i = depth - 1; i >= 0; i--) {
      if (one !== 0) {
        const tmp = weight[base + i]!;
        weight[base + i] = (next * (depth + 1)) / ((i + 1) * one);
        next = tmp - (weight[base + i]! * zero * (depth - i)) / (depth + 1);
      } else {
        weight[base + i] = (weight[base + i]! * (depth + 1)) / (zero * (depth - i));
      }
    }
    for (let i = at; i < depth; i++) {
      this.feature[base + i] = this.feature[base + i + 1]!;
      this.zero[base + i] = this.zero[base + i + 1]!;
      this.one[base + i] = this.one[base + i + 1]!;
    }
  }

  private unwoundSum(base: number, depth: number, at: number): number {
    const { weight } = this;
    const one = this.one[base + at]!;
    const zero = this.zero[base + at]!;
    let next = weight[base + depth]!;
    let total = 0;
    for (let i = depth - 1; i >= 0; i--) {
      if (one !== 0) {
        const tmp = (next * (depth + 1)) / ((i + 1) * one);
        total += tmp;
        next = weight[base + i]! - tmp * zero * ((depth - i) / (depth + 1));
      } else if (zero !== 0) {
        total += weight[base + i]! / zero / ((depth - i) / (depth + 1));
      }
    }
    return total;
  }

  private recurse(
    node: number,
    step: { parent: number; depth: number; zero: number; one: number; feature: number; first?: boolean },
  ): void {
    const { tree } = this;
    let depth = step.depth;
    const base = step.first ? 0 : step.parent + depth;
    if (!step.first) {
      for (let i = 0; i < depth; i++) {
        this.feature[base + i] = this.feature[step.parent + i]!;
        this.zero[base + i] = this.zero[step.parent + i]!;
        this.one[base + i] = this.one[step.parent + i]!;
        this.weight[base + i] = this.weight[step.parent + i]!;
      }
    }
    this.extend(base, depth, step.zero, step.one, step.feature);
    const f = tree.feature[node]!;
    if (f < 0) {
      const leaf = tree.value[node]!;
      for (let i = 1; i <= depth; i++) {
        const w = this.unwoundSum(base, depth, i);
        const j = this.feature[base + i]!;
        this.phi[j]! += w * (this.one[base + i]! - this.zero[base + i]!) * leaf;
      }
      return;
    }
    const v = this.data[this.offset + f]!;
    const goLeft = Number.isNaN(v) ? tree.missingLeft[node]! : v <= tree.threshold[node]!;
    const hot = goLeft ? tree.left[node]! : tree.right[node]!;
    const cold = goLeft ? tree.right[node]! : tree.left[node]!;
    const cover = tree.cover[node]!;
    let incomingZero = 1;
    let incomingOne = 1;
    for (let k = 1; k <= depth; k++) {
      if (this.feature[base + k] !== f) continue;
      incomingZero = this.zero[base + k]!;
      incomingOne = this.one[base + k]!;
      this.unwind(base, depth, k);
      depth -= 1;
      break;
    }
    const hotZero = (tree.cover[hot]! / cover) * incomingZero;
    const coldZero = (tree.cover[cold]! / cover) * incomingZero;
    this.recurse(hot, { parent: base, depth: depth + 1, zero: hotZero, one: incomingOne, feature: f });
    this.recurse(cold, { parent: base, depth: depth + 1, zero: coldZero, one: 0, feature: f });
  }
}

function treeDepth(tree: Tree, node = 0): number {
  const f = tree.feature[node]!;
  return f < 0 ? 0 : 1 + Math.max(treeDepth(tree, tree.left[node]), treeDepth(tree, tree.right[node]));
}

function expectedValue(tree: Tree, node = 0): number {
  if (tree.feature[node]! < 0) return tree.value[node]!;
  const l = tree.left[node]!;
  const r = tree.right[node]!;
  return (tree.cover[l]! * expectedValue(tree, l) + tree.cover[r]! * expectedValue(tree, r)) / tree.cover[node]!;
}

/** TreeSHAP contributions of the row at `data[offset..]` (columns in model feature order). */
export function treeShap(model: GbdtModel, data: ArrayLike<number>, offset = 0): Contributions {
  const phi = new Float64Array(model.featureNames.length);
  const maxDepth = model.trees.reduce((d, t) => Math.max(d, treeDepth(t)), 0);
  const walker = new ShapWalker(maxDepth + 1);
  let bias = model.baseScore;
  for (const tree of model.trees) {
    bias += expectedValue(tree);
    walker.run(tree, { data, offset }, phi);
  }
  return { values: phi, bias };
}
