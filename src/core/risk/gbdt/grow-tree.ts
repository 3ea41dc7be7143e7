import type { BinEdges, BinnedMatrix } from './binning.js';
import type { HistogramBuilder } from './histogram.js';
import { findBestSplit, NO_SPLIT, type SplitCandidate, type SplitConstraints } from './split-finder.js';
import { addLeaf, emptyTree, setSplit, type Tree } from './tree.js';

export interface GrowOptions extends SplitConstraints {
  maxDepth: number;
  maxLeaves: number;
}

/** What one tree is grown from: the round's rows and features. */
export interface GrowContext {
  binned: BinnedMatrix;
  edges: BinEdges;
  offsets: Int32Array;
  builder: HistogramBuilder;
  grad: Float64Array;
  hess: Float64Array;
  /** Column-major copy of the bins (feature f of row r at f * rows + r), for partitioning. */
  columns: Uint8Array;
  /** Histograms to reuse across nodes and trees. */
  pool: Float64Array[];
  /** Rows of this round (row subsample); reordered in place while partitioning. */
  index: Uint32Array;
  features: Int32Array;
}

interface OpenLeaf {
  node: number;
  start: number;
  end: number;
  depth: number;
  grad: number;
  hess: number;
  hist: Float64Array;
  split: SplitCandidate;
}

function partition(ctx: GrowContext, leaf: OpenLeaf, scratch: Uint32Array): number {
  const { index, columns } = ctx;
  const { feature, bin, missingLeft } = leaf.split;
  const column = columns.subarray(feature * ctx.binned.rows, (feature + 1) * ctx.binned.rows);
  let l = leaf.start;
  let r = 0;
  for (let k = leaf.start; k < leaf.end; k++) {
    const row = index[k]!;
    const b = column[row]!;
    const goLeft = b === 0 ? missingLeft : b <= bin;
    if (goLeft) index[l++] = row;
    else scratch[r++] = row;
  }
  index.set(scratch.subarray(0, r), l);
  return l;
}

/** A grown tree and, for each leaf, the slice of `index` holding its rows. */
export interface GrownTree {
  tree: Tree;
  leaves: { node: number; start: number; end: number }[];
}

/** Grows one tree best-first (leaf-wise) up to `maxLeaves` leaves and `maxDepth` levels. */
export function growTree(ctx: GrowContext, options: GrowOptions): GrownTree {
  const tree = emptyTree();
  const { builder, offsets, features } = ctx;
  const search = { ...options, features, offsets };
  const scratch = new Uint32Array(ctx.index.length);
  const pool = ctx.pool;
  const finished: GrownTree['leaves'] = [];
  const takeHist = (): Float64Array => pool.pop() ?? new Float64Array(builder.size);
  const open = (node: number, range: { start: number; end: number; depth: number }, hist: Float64Array): OpenLeaf => {
    // every row falls in exactly one bin of any feature: one feature's bins give the totals
    let grad = 0;
    let hess = 0;
    const f0 = features[0]!;
    for (let o = offsets[f0]! * 2; o < offsets[f0 + 1]! * 2; o += 2) {
      grad += hist[o]!;
      hess += hist[o + 1]!;
    }
    tree.value[node] = -grad / (hess + options.lambda);
    tree.cover[node] = hess;
    const split = range.depth < options.maxDepth ? findBestSplit(hist, search, { grad, hess }) : NO_SPLIT;
    return { node, ...range, grad, hess, hist, split };
  };

  const rootHist = takeHist();
  builder.build({ index: ctx.index, start: 0, end: ctx.index.length, features }, rootHist);
  const leaves: OpenLeaf[] = [open(addLeaf(tree, 0, 0), { start: 0, end: ctx.index.length, depth: 0 }, rootHist)];
  if (leaves[0]!.split.feature < 0) {
    pool.push(rootHist);
    return { tree, leaves: [{ node: 0, start: 0, end: ctx.index.length }] };
  }
  let leafCount = 1;
  while (leafCount < options.maxLeaves) {
    let bestAt = -1;
    for (let i = 0; i < leaves.length; i++) {
      if (leaves[i]!.split.feature >= 0 && (bestAt < 0 || leaves[i]!.split.gain > leaves[bestAt]!.split.gain))
        bestAt = i;
    }
    if (bestAt < 0) break;
    const leaf = leaves[bestAt]!;
    leaves.splice(bestAt, 1);
    const mid = partition(ctx, leaf, scratch);
    const { feature, bin, missingLeft, gain } = leaf.split;
    const left = addLeaf(tree, 0, 0);
    const right = addLeaf(tree, 0, 0);
    const threshold = ctx.edges.edges[feature]![bin - 1]!;
    setSplit(tree, leaf.node, { feature, threshold, thresholdBin: bin, missingLeft, left, right, gain });
    const leftSmaller = mid - leaf.start <= leaf.end - mid;
    const small = takeHist();
    const smallRange = leftSmaller ? { start: leaf.start, end: mid } : { start: mid, end: leaf.end };
    builder.build({ index: ctx.index, ...smallRange, features }, small);
    const large = leaf.hist;
    for (let i = 0; i < large.length; i++) large[i] = large[i]! - small[i]!;
    const depth = leaf.depth + 1;
    const leftHist = leftSmaller ? small : large;
    const rightHist = leftSmaller ? large : small;
    leaves.push(open(left, { start: leaf.start, end: mid, depth }, leftHist));
    leaves.push(open(right, { start: mid, end: leaf.end, depth }, rightHist));
    leafCount++;
    for (let i = leaves.length - 1; i >= 0; i--) {
      const done = leaves[i]!;
      if (done.split.feature >= 0) continue;
      pool.push(done.hist);
      finished.push({ node: done.node, start: done.start, end: done.end });
      leaves.splice(i, 1);
    }
  }
  for (const leaf of leaves) {
    pool.push(leaf.hist);
    finished.push({ node: leaf.node, start: leaf.start, end: leaf.end });
  }
  return { tree, leaves: finished };
}
