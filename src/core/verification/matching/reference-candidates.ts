import type { TradeRecord } from '../trade-record.js';
import type { CandidatePairs } from './candidate-pairs.js';
import type { PartnerMatchOptions } from './partner-match-options.js';
import { scorePair, type MatchBasis } from './score-pair.js';

export interface CandidateInput {
  imports: readonly TradeRecord[];
  exports: readonly TradeRecord[];
  options: PartnerMatchOptions;
}

const BASIS_CODE: Record<MatchBasis, number> = { ucr: 0, 'transport-document': 1, container: 2, fuzzy: 3 };

export function basisCode(basis: MatchBasis): number {
  return BASIS_CODE[basis];
}

/** References of a record as index keys: `U` UCR, `T` transport document, `C` container. */
export function referenceKeys(record: TradeRecord): string[] {
  const keys: string[] = [];
  if (record.ucr !== '') keys.push(`U${record.ucr}`);
  for (const document of record.transportDocuments) keys.push(`T${document}`);
  for (const container of record.containers) keys.push(`C${container}`);
  return keys;
}

function buildIndex(imports: readonly TradeRecord[]): Map<string, number | number[]> {
  const index = new Map<string, number | number[]>();
  imports.forEach((record, i) => {
    for (const key of referenceKeys(record)) {
      const existing = index.get(key);
      if (existing === undefined) index.set(key, i);
      else if (typeof existing === 'number') index.set(key, [existing, i]);
      else existing.push(i);
    }
  });
  return index;
}

/**
 * Pairs that share a reference. A UCR or transport document links records within
 * `referenceDays`; a container, reused from voyage to voyage, only within the normal window.
 * Returns the number of pairs scored.
 */
export function collectReferenceCandidates(input: CandidateInput, out: CandidatePairs): number {
  const { imports, exports, options } = input;
  const index = buildIndex(imports);
  let scored = 0;
  const seen = new Int32Array(imports.length).fill(-1);
  exports.forEach((theirs, t) => {
    for (const key of referenceKeys(theirs)) {
      const found = index.get(key);
      if (found === undefined) continue;
      for (const i of typeof found === 'number' ? [found] : found) {
        if (seen[i] === t) continue;
        seen[i] = t;
        const ours = imports[i]!;
        const lag = ours.day - theirs.day;
        const window = key.startsWith('C')
          ? lag >= -options.daysBefore && lag <= options.daysAfter
          : Math.abs(lag) <= options.referenceDays || !Number.isFinite(lag);
        if (!window) continue;
        scored++;
        const score = scorePair(ours, theirs, { options });
        if (score.basis !== 'fuzzy' && score.confidence >= options.minReferenceConfidence) {
          out.add({ their: t, our: i }, score.confidence, BASIS_CODE[score.basis]);
        }
      }
    }
  });
  return scored;
}
