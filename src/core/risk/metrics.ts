/** Inspection rates the evaluation reports, in percent. */
export const INSPECTION_RATES = [1, 2, 5, 10] as const;

/**
 * Ranking of rows by score, highest first; ties broken by row position (the earlier row
 * first), so the top k is deterministic.
 */
export function rankByScore(scores: ArrayLike<number>): Uint32Array {
  const order = Uint32Array.from({ length: scores.length }, (_, i) => i);
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return order;
}

export interface TopKMetrics {
  k: number;
  precision: number;
  recall: number;
  /** Positives found in the top k. */
  hits: number;
}

/** Precision and recall of the top k = floor(n · rate / 100) rows for a 0/1 (or weighted) label. */
export function topK(order: Uint32Array, positive: ArrayLike<number>, ratePercent: number): TopKMetrics {
  const n = order.length;
  const k = Math.floor((n * ratePercent) / 100);
  let total = 0;
  for (let i = 0; i < n; i++) total += positive[i]!;
  let hits = 0;
  for (let i = 0; i < k; i++) hits += positive[order[i]!]!;
  return { k, hits, precision: k > 0 ? hits / k : 0, recall: total > 0 ? hits / total : 0 };
}

/** Area under the ROC curve (Mann-Whitney, ties counted half). NaN when one class is absent. */
export function auc(scores: ArrayLike<number>, positive: ArrayLike<number>): number {
  const n = scores.length;
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let rankSum = 0;
  let positives = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const midRank = (i + j) / 2 + 1;
    for (let t = i; t <= j; t++) {
      if (positive[order[t]!]) {
        rankSum += midRank;
        positives++;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
