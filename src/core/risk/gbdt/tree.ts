/**
 * One regression tree in flat arrays (node 0 is the root). A split node sends a row left
 * when its value is <= `threshold`, missing values to the side `missingLeft` says; a leaf has
 * `feature` -1 and its output in `value`. `cover` is the hessian sum of the training rows that
 * reached the node (TreeSHAP weighs paths by it); `gain` is the loss reduction of the split.
 */
export interface Tree {
  feature: number[];
  threshold: number[];
  /** Bin index of the threshold (left = bins 1..thresholdBin), kept for inspection. */
  thresholdBin: number[];
  missingLeft: boolean[];
  left: number[];
  right: number[];
  value: number[];
  cover: number[];
  gain: number[];
}

export function emptyTree(): Tree {
  return {
    feature: [],
    threshold: [],
    thresholdBin: [],
    missingLeft: [],
    left: [],
    right: [],
    value: [],
    cover: [],
    gain: [],
  };
}

/** Appends a leaf and returns its index; `setSplit` turns it into a split later. */
export function addLeaf(tree: Tree, value: number, cover: number): number {
  tree.feature.push(-1);
  tree.threshold.push(0);
  tree.thresholdBin.push(0);
  tree.missingLeft.push(false);
  tree.left.push(-1);
  tree.right.push(-1);
  tree.value.push(value);
  tree.cover.push(cover);
  tree.gain.push(0);
  return tree.feature.length - 1;
}

export interface SplitAssignment {
  feature: number;
  threshold: number;
  thresholdBin: number;
  missingLeft: boolean;
  left: number;
  right: number;
  gain: number;
}

export function setSplit(tree: Tree, node: number, split: SplitAssignment): void {
  tree.feature[node] = split.feature;
  tree.threshold[node] = split.threshold;
  tree.thresholdBin[node] = split.thresholdBin;
  tree.missingLeft[node] = split.missingLeft;
  tree.left[node] = split.left;
  tree.right[node] = split.right;
  tree.gain[node] = split.gain;
}

/** Raw output of one tree for the row of features starting at `data[offset]`. */
export function predictTree(tree: Tree, data: ArrayLike<number>, offset = 0): number {
  let node = 0;
  for (;;) {
    const f = tree.feature[node]!;
    if (f < 0) return tree.value[node]!;
    const v = data[offset + f]!;
    const goLeft = Number.isNaN(v) ? tree.missingLeft[node]! : v <= tree.threshold[node]!;
    node = goLeft ? tree.left[node]! : tree.right[node]!;
  }
}
