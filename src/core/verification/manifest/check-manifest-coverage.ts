import type { CargoReport } from '../../model/cargo-report.js';
import { dayOf } from '../normalize.js';
import type { TradeRecord } from '../trade-record.js';
import type { VerificationFinding } from '../verification-finding.js';
import {
  fuzzyCoverScore,
  inWindow,
  indexByName,
  indexDeclarations,
  referencedDeclarations,
} from './manifest-candidates.js';
import { declarationWithoutCargo, quantityDifferences, undeclaredCargo } from './manifest-findings.js';
import { manifestLines, type ManifestLine } from './manifest-line.js';
import { manifestCheckOptions, type ManifestCheckOptions } from './manifest-options.js';

export type CoverBasis = 'reference' | 'container' | 'fuzzy' | 'none' | 'pending';

export interface ManifestCoverage {
  line: ManifestLine;
  /** Ids of the declarations covering the consignment. */
  declarationIds: string[];
  basis: CoverBasis;
}

export interface ManifestCheckReport {
  lines: ManifestCoverage[];
  findings: VerificationFinding[];
  /** Ids of declarations in the period that cover no consignment. */
  declarationsWithoutCargo: string[];
  counts: Record<CoverBasis, number>;
}

/**
 * Every consignment on the cargo reports must be covered by declarations within
 * `coverageDays` of arrival: by transport document or UCR, else by container, else by a
 * fuzzy match on consignee, mass and commodity. Reports undeclared cargo, declarations in the
 * period that match no cargo, and gross mass or package differences beyond tolerance.
 */
export function checkManifestCoverage(
  reports: readonly CargoReport[],
  declarations: readonly TradeRecord[],
  overrides: Partial<ManifestCheckOptions> = {},
): ManifestCheckReport {
  const options = manifestCheckOptions(overrides);
  const lines = reports.flatMap(manifestLines);
  const index = indexDeclarations(declarations);
  const used = new Uint8Array(declarations.length);
  const coverage: ManifestCoverage[] = lines.map((line) => {
    const found = referencedDeclarations(line, { index, declarations, options });
    if (!found) return { line, declarationIds: [], basis: 'none' };
    for (const i of found.indices) used[i] = 1;
    return { line, declarationIds: found.indices.map((i) => declarations[i]!.id), basis: found.basis };
  });
  coverByName(coverage, { declarations, used, options });
  const byId = new Map(declarations.map((record) => [record.id, record]));
  const findings: VerificationFinding[] = [];
  const now = options.now === undefined ? Number.POSITIVE_INFINITY : dayOf(options.now);
  for (const cover of coverage) {
    if (cover.basis === 'none') {
      if (cover.line.arrivalDay + options.coverageDays >= now) cover.basis = 'pending';
      else findings.push(undeclaredCargo(cover.line, options));
    } else
      findings.push(
        ...quantityDifferences(
          cover.line,
          cover.declarationIds.map((id) => byId.get(id)!),
          options,
        ),
      );
  }
  const withoutCargo = unusedInPeriod(lines, { declarations, used, options });
  findings.push(...withoutCargo.map(declarationWithoutCargo));
  const counts: Record<CoverBasis, number> = { reference: 0, container: 0, fuzzy: 0, none: 0, pending: 0 };
  for (const cover of coverage) counts[cover.basis]++;
  return { lines: coverage, findings, declarationsWithoutCargo: withoutCargo.map((record) => record.id), counts };
}

interface MatchState {
  declarations: readonly TradeRecord[];
  used: Uint8Array;
  options: ManifestCheckOptions;
}

/** Consignments without a shared reference: the best unused declaration by consignee, mass and goods. */
function coverByName(coverage: ManifestCoverage[], state: MatchState): void {
  const { declarations, used, options } = state;
  const open = coverage.filter((cover) => cover.basis === 'none' && cover.line.consigneeName !== '');
  if (open.length === 0) return;
  const byName = indexByName(declarations, (i) => used[i] === 0);
  for (const cover of open) {
    let best = -1;
    let bestScore = options.minFuzzyScore;
    for (const word of cover.line.consigneeName.split(' ')) {
      for (const i of byName.get(word) ?? []) {
        if (used[i] === 1 || !inWindow(cover.line, declarations[i]!, options)) continue;
        const score = fuzzyCoverScore(cover.line, declarations[i]!);
        if (score > bestScore) [best, bestScore] = [i, score];
      }
    }
    if (best < 0) continue;
    used[best] = 1;
    cover.declarationIds = [declarations[best]!.id];
    cover.basis = 'fuzzy';
  }
}

/**
 * Declarations dated within the reports' arrival span (first to last arrival) that cover
 * nothing: outside it, their cargo may be on a report that was not given.
 */
function unusedInPeriod(lines: readonly ManifestLine[], state: MatchState): TradeRecord[] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const line of lines) {
    if (!Number.isFinite(line.arrivalDay)) continue;
    first = Math.min(first, line.arrivalDay);
    last = Math.max(last, line.arrivalDay);
  }
  return state.declarations.filter((record, i) => state.used[i] === 0 && record.day >= first && record.day <= last);
}
