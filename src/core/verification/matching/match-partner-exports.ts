import type { TradeRecord } from '../trade-record.js';
import { CandidatePairs, assignGreedy } from './candidate-pairs.js';
import { collectFuzzyCandidates } from './fuzzy-candidates.js';
import { pairGaps, type PairGaps } from './pair-gaps.js';
import { partnerMatchOptions, type PartnerMatchOptions } from './partner-match-options.js';
import { collectReferenceCandidates } from './reference-candidates.js';
import type { MatchBasis } from './score-pair.js';

/** A partner export linked to one of our imports. */
export interface PartnerMatch extends PairGaps {
  importIndex: number;
  exportIndex: number;
  importId: string;
  exportId: string;
  /** 0-1. */
  confidence: number;
  basis: MatchBasis;
}

export interface PartnerMatchStats {
  imports: number;
  exports: number;
  /** Pairs linked through a shared UCR, transport document or container. */
  referenceMatches: number;
  fuzzyMatches: number;
  /** Pairs scored in all (the work blocking saves is imports × exports minus this). */
  pairsScored: number;
}

export interface PartnerMatchResult {
  matches: PartnerMatch[];
  /** Indices into the imports given. */
  unmatchedImports: number[];
  /** Indices into the exports given. */
  unmatchedExports: number[];
  stats: PartnerMatchStats;
  options: PartnerMatchOptions;
}

export const BASES: readonly MatchBasis[] = ['ucr', 'transport-document', 'container', 'fuzzy'];

/**
 * Matches partner export declarations to our import declarations, one to one. First by shared
 * references (UCR, transport document, container), then, for what is left, by a scored fuzzy
 * match inside blocks (partner country × party word or id, sorted by date, which also finds
 * goods classified under another heading; and partner country × HS6 × week, sorted by mass, for
 * names mistyped beyond recognition of their rare words). Each pass keeps a few candidates per
 * partner record and assigns greedily by confidence.
 */
export function matchPartnerExports(
  imports: readonly TradeRecord[],
  exports: readonly TradeRecord[],
  overrides: Partial<PartnerMatchOptions> = {},
): PartnerMatchResult {
  const options = partnerMatchOptions(overrides);
  const taken = { theirs: new Int32Array(exports.length).fill(-1), ours: new Uint8Array(imports.length) };
  const byReference = new CandidatePairs();
  let pairsScored = collectReferenceCandidates({ imports, exports, options }, byReference);
  const referencePairs = assignGreedy(byReference, taken);
  const fuzzy = new CandidatePairs();
  pairsScored += collectFuzzyCandidates({ imports, exports, options, taken }, fuzzy);
  const fuzzyPairs = assignGreedy(fuzzy, taken);
  const matches: PartnerMatch[] = [];
  const keep = (pairs: CandidatePairs, indices: readonly number[]) => {
    for (const i of indices) {
      const ours = imports[pairs.our(i)]!;
      const theirs = exports[pairs.their(i)]!;
      matches.push({
        importIndex: pairs.our(i),
        exportIndex: pairs.their(i),
        importId: ours.id,
        exportId: theirs.id,
        confidence: pairs.score(i),
        basis: BASES[pairs.basisOf(i)]!,
        ...pairGaps(ours, theirs, options.cifFobFactor),
      });
    }
  };
  keep(byReference, referencePairs);
  keep(fuzzy, fuzzyPairs);
  return {
    matches,
    unmatchedImports: unset(taken.ours, (v) => v === 0),
    unmatchedExports: unset(taken.theirs, (v) => v === -1),
    stats: {
      imports: imports.length,
      exports: exports.length,
      referenceMatches: referencePairs.length,
      fuzzyMatches: fuzzyPairs.length,
      pairsScored,
    },
    options,
  };
}

function unset(values: Int32Array | Uint8Array, free: (value: number) => boolean): number[] {
  const out: number[] = [];
  values.forEach((value, index) => {
    if (free(value)) out.push(index);
  });
  return out;
}
