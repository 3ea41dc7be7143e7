import type { GbdtModel } from './gbdt-model.js';
import type { Tree } from './tree.js';

/**
 * A model's trees in flat typed arrays for explanations: absolute child indices, the cover ratio
 * of each node to its parent, and whether the parent's feature is split on again below the node.
 */
export interface ShapTrees {
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  missingLeft: Uint8Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
  /** cover(node) / cover(parent); 1 at roots. */
  ratio: Float64Array;
  /** 1 when the feature of the node's parent is split on again in the node's subtree. */
  repeats: Uint8Array;
  maxDepth: number;
  /** Expected raw score over the training cover (base score + each tree's mean output). */
  bias: number;
}

function depthOf(tree: Tree, node = 0): number {
  return tree.feature[node]! < 0 ? 0 : 1 + Math.max(depthOf(tree, tree.left[node]), depthOf(tree, tree.right[node]));
}

function expectedValue(tree: Tree, node = 0): number {
  if (tree.feature[node]! < 0) return tree.value[node]!;
  const l = tree.left[node]!;
  const r = tree.right[node]!;
  return (tree.cover[l]! * expectedValue(tree, l) + tree.cover[r]! * expectedValue(tree, r)) / tree.cover[node]!;
}

/** Features split on anywhere in each node's subtree (bit sets as sorted arrays would cost more). */
function subtreeFeatures(tree: Tree): Set<number>[] {
  const sets: Set<number>[] = [];
  const walk = (node: number): Set<number> => {
    const f = tree.feature[node]!;
    const set = f < 0 ? new Set<number>() : new Set([f, ...walk(tree.left[node]!), ...walk(tree.right[node]!)]);
    sets[node] = set;
    return set;
  };
  walk(0);
  return sets;
}

export function flattenShapTrees(model: GbdtModel): ShapTrees {
  const total = model.trees.reduce((sum, t) => sum + t.feature.length, 0);
  const out: ShapTrees = {
    roots: new Int32Array(model.trees.length),
    feature: new Int32Array(total),
    threshold: new Float64Array(total),
    missingLeft: new Uint8Array(total),
    left: new Int32Array(total),
    right: new Int32Array(total),
    value: new Float64Array(total),
    ratio: new Float64Array(total).fill(1),
    repeats: new Uint8Array(total),
    maxDepth: 0,
    bias: model.baseScore,
  };
  let base = 0;
  model.trees.forEach((tree, t) => {
    out.roots[t] = base;
    out.maxDepth = Math.max(out.maxDepth, depthOf(tree));
    out.bias += expectedValue(tree);
    const below = subtreeFeatures(tree);
    for (let n = 0; n < tree.feature.length; n++) {
      const f = tree.feature[n]!;
      out.feature[base + n] = f;
      out.threshold[base + n] = tree.threshold[n]!;
      out.missingLeft[base + n] = tree.missingLeft[n] ? 1 : 0;
      out.value[base + n] = tree.value[n]!;
      if (f < 0) continue;
      for (const child of [tree.left[n]!, tree.right[n]!]) {
        out.ratio[base + child] = tree.cover[child]! / tree.cover[n]!;
        out.repeats[base + child] = below[child]!.has(f) ? 1 : 0;
      }
      out.left[base + n] = base + tree.left[n]!;
      out.right[base + n] = base + tree.right[n]!;
    }
    base += tree.feature.length;
  });
  return out;
}
