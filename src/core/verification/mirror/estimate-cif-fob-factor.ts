import type { PartnerMatch } from '../matching/match-partner-exports.js';
import type { TradeRecord } from '../trade-record.js';

export interface FactorEstimate {
  /** Median of our CIF over the partner's FOB across matched pairs. */
  factor: number;
  /** Pairs it rests on. */
  pairs: number;
}

/**
 * The CIF/FOB factor estimated from matched pairs: the median ratio of our CIF value to the
 * partner's FOB, over confident matches with the same HS6. The median shrugs off the share of
 * under-valued pairs that a mean would follow. Falls back to `fallback` with fewer than `minPairs`.
 */
export function estimateCifFobFactor(
  matches: readonly PartnerMatch[],
  records: { imports: readonly TradeRecord[]; exports: readonly TradeRecord[] },
  options: { fallback?: number; minPairs?: number; minConfidence?: number } = {},
): FactorEstimate {
  const { fallback = 1.06, minPairs = 30, minConfidence = 0.8 } = options;
  const ratios: number[] = [];
  for (const match of matches) {
    if (match.confidence < minConfidence || match.hsDifference !== 'none') continue;
    const ours = records.imports[match.importIndex]!.value;
    const theirs = records.exports[match.exportIndex]!.value;
    if (ours > 0 && theirs > 0) ratios.push(ours / theirs);
  }
  if (ratios.length < minPairs) return { factor: fallback, pairs: ratios.length };
  ratios.sort((a, b) => a - b);
  const middle = ratios.length >> 1;
  const factor = ratios.length % 2 === 1 ? ratios[middle]! : (ratios[middle - 1]! + ratios[middle]!) / 2;
  return { factor, pairs: ratios.length };
}
