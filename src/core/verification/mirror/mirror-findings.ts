import { verificationFindingId, type VerificationFinding } from '../verification-finding.js';
import type { MirrorReport } from './mirror-statistics.js';

export interface MirrorFindingOptions {
  /** Smallest gap, as a share of the expected CIF value, worth a finding (0.25 = 25 %). */
  minGapRatio: number;
  /** Smallest value at stake worth a finding, in the common currency. */
  minValueAtStake: number;
  /** At most this many findings, highest value at stake first. */
  limit: number;
}

const DEFAULTS: MirrorFindingOptions = { minGapRatio: 0.25, minValueAtStake: 0, limit: 100 };

/** Findings for the HS6 × partner × month cells whose gap is large enough, ranked by value at stake. */
export function mirrorFindings(
  report: MirrorReport,
  overrides: Partial<MirrorFindingOptions> = {},
): VerificationFinding[] {
  const options = { ...DEFAULTS, ...overrides };
  const findings: VerificationFinding[] = [];
  for (const cell of report.cells) {
    if (findings.length >= options.limit) break;
    if (
      !(cell.gapRatio >= options.minGapRatio) ||
      cell.valueAtStake < options.minValueAtStake ||
      cell.valueAtStake <= 0
    )
      continue;
    findings.push({
      id: verificationFindingId('mirror-gap', [cell.hs6, cell.partnerCountry, cell.month]),
      check: 'mirror',
      code: 'mirror-gap',
      severity: cell.gapRatio >= 0.5 ? 'error' : 'warning',
      subject: { kind: 'mirror-cell', hs6: cell.hs6, partnerCountry: cell.partnerCountry, month: cell.month },
      declarationIds: [],
      message: `Around ${cell.month}, ${cell.partnerCountry} reports exports of HS ${cell.hs6} worth ${Math.round(cell.expectedCif)} with freight and insurance; our imports come to ${Math.round(cell.importsCif)}, ${Math.round(cell.gapRatio * 100)} % less.`,
      fix: 'Target the importers of this HS6 from this partner: look for under-valuation, misclassification or goods entering undeclared.',
      measure: { expected: cell.expectedCif, actual: cell.importsCif, gap: cell.gapRatio, unit: 'value' },
      evidence: { hs6: cell.hs6, partnerCountry: cell.partnerCountry, month: cell.month, factor: report.factor },
    });
  }
  return findings;
}
