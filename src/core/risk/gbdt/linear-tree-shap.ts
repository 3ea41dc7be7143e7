import type { GbdtModel } from './gbdt-model.js';
import { gaussLegendre } from './gauss-legendre.js';
import { flattenShapTrees, type ShapTrees } from './shap-trees.js';
import type { Contributions } from './tree-shap.js';

/**
 * Path-dependent TreeSHAP in O(nodes · k) per tree instead of Algorithm 2's O(leaves · depth²):
 * the "linear TreeSHAP" of Yu et al. (NeurIPS 2022). Same values as Lundberg et al.'s Algorithm 2
 * (tested against it and against brute-force Shapley values), about 4x faster on 200 trees of
 * 256 leaves.
 *
 * For a leaf l reached through the unique features j of its path, with z_j the product of the
 * cover ratios and o_j the product of the "row goes this way" indicators of the splits on j,
 * feature i's share of the leaf value is
 *   value_l · (o_i − z_i) · ∫₀¹ Π_{j≠i} (z_j + (o_j − z_j)·t) dt
 * (the Shapley weights s!(d−s−1)!/d! are Beta integrals). The product over the path P_l(t) is a
 * polynomial of degree ≤ depth, carried as its values at k Gauss-Legendre points (exact for the
 * degree): products and divisions are pointwise, a subtree's leaves add up before the integral,
 * and each edge settles the leaves below it whose last split on its feature it is.
 */
export interface ShapForest {
  model: GbdtModel;
  trees: ShapTrees;
  /** Expected raw score over the training cover (base score + each tree's mean output). */
  bias: number;
  /** Explains one row; the kernel's buffers are reused, the result is fresh. */
  explain(data: ArrayLike<number>, offset: number): Float64Array;
}

/** What explanations of one model share (flat trees, quadrature, buffers). Build once per model. */
export function prepareShapForest(model: GbdtModel): ShapForest {
  const trees = flattenShapTrees(model);
  return { model, trees, bias: trees.bias, explain: createKernel(model, trees) };
}

/** TreeSHAP contributions of the row at `data[offset..]` (columns in model feature order). */
export function linearTreeShap(forest: ShapForest, data: ArrayLike<number>, offset = 0): Contributions {
  return { values: forest.explain(data, offset), bias: forest.bias };
}

/*
 * One closure over constant typed arrays, positional numbers and no allocation per node: this is
 * the innermost loop of every explanation. Buffers are indexed by depth, k values per level.
 */
function createKernel(model: GbdtModel, trees: ShapTrees): (data: ArrayLike<number>, offset: number) => Float64Array {
  const { feature, threshold, missingLeft, left, right, value, ratio, repeats, roots } = trees;
  const { points, weights } = gaussLegendre(Math.max(1, Math.ceil(trees.maxDepth / 2)));
  const k = points.length;
  const levels = (trees.maxDepth + 2) * k;
  const features = model.featureNames.length;
  const path = new Float64Array(levels);
  const sums = new Float64Array(levels);
  const saved = new Float64Array(levels);
  const held = new Float64Array(levels);
  const zero = new Float64Array(features);
  const one = new Float64Array(features);
  const pending = new Float64Array(features * k);
  // h(z, o)(t) = (o − z) / (z + (o − z)t) is −1 / (1 − t) whenever o = 0, whatever z.
  const coldH = Float64Array.from(points, (t, q) => -weights[q]! / (1 - t));
  let row: ArrayLike<number> = path;
  let offset = 0;
  let phi = new Float64Array(features);

  function visit(node: number, at: number): void {
    const f = feature[node]!;
    if (f < 0) {
      const leaf = value[node]!;
      for (let q = 0; q < k; q++) sums[at + q] = leaf * path[at + q]!;
      return;
    }
    const v = row[offset + f]!;
    const goLeft = v !== v ? missingLeft[node] === 1 : v <= threshold[node]!;
    const next = at + k;
    edge(f, at, left[node]!, goLeft ? 1 : 0);
    for (let q = 0; q < k; q++) saved[at + q] = sums[next + q]!;
    edge(f, at, right[node]!, goLeft ? 0 : 1);
    for (let q = 0; q < k; q++) sums[at + q] = saved[at + q]! + sums[next + q]!;
  }

  // eslint-disable-next-line max-params -- hot kernel: an options object per edge would allocate
  function edge(f: number, at: number, child: number, hot: number): void {
    const next = at + k;
    const pz = zero[f]!;
    const po = one[f]!;
    const z = pz * ratio[child]!;
    const o = po * hot;
    const d = o - z;
    if (pz === 1 && po === 1) {
      for (let q = 0; q < k; q++) path[next + q] = path[at + q]! * (z + d * points[q]!);
    } else {
      const pd = po - pz;
      for (let q = 0; q < k; q++) path[next + q] = (path[at + q]! * (z + d * points[q]!)) / (pz + pd * points[q]!);
    }
    const pa = f * k;
    const again = repeats[child] === 1;
    if (again) {
      for (let q = 0; q < k; q++) {
        held[at + q] = pending[pa + q]!;
        pending[pa + q] = 0;
      }
    }
    zero[f] = z;
    one[f] = o;
    visit(child, next);
    zero[f] = pz;
    one[f] = po;
    let total = 0;
    // Three loops rather than one with branches inside: this is where explanations spend their time.
    if (again) for (let q = 0; q < k; q++) pending[pa + q] = held[at + q]! + sums[next + q]! - pending[pa + q]!;
    if (o === 0) {
      for (let q = 0; q < k; q++) total += coldH[q]! * (again ? pending[pa + q]! - held[at + q]! : sums[next + q]!);
    } else if (d !== 0) {
      for (let q = 0; q < k; q++)
        total +=
          (weights[q]! * d * (again ? pending[pa + q]! - held[at + q]! : sums[next + q]!)) / (z + d * points[q]!);
    }
    if (again) for (let q = 0; q < k; q++) pending[pa + q] = held[at + q]! + sums[next + q]!;
    else for (let q = 0; q < k; q++) pending[pa + q] = pending[pa + q]! + sums[next + q]!;
    phi[f]! += total;
  }

  return (data, start) => {
    row = data;
    offset = start;
    phi = new Float64Array(features);
    zero.fill(1);
    one.fill(1);
    for (let t = 0; t < roots.length; t++) {
      path.fill(1, 0, k);
      visit(roots[t]!, 0);
    }
    return phi;
  };
}
