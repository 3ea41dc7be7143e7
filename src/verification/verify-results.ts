import type { CargoReport } from '../core/model/cargo-report.js';
import type { TransitMovement } from '../core/model/transit-movement.js';
import {
  checkManifestCoverage,
  type ManifestCheckReport,
} from '../core/verification/manifest/check-manifest-coverage.js';
import type { ManifestCheckOptions } from '../core/verification/manifest/manifest-options.js';
import { matchPartnerExports, type PartnerMatchResult } from '../core/verification/matching/match-partner-exports.js';
import { partnerFindings } from '../core/verification/matching/partner-findings.js';
import type { PartnerMatchOptions } from '../core/verification/matching/partner-match-options.js';
import { estimateCifFobFactor } from '../core/verification/mirror/estimate-cif-fob-factor.js';
import { mirrorFindings } from '../core/verification/mirror/mirror-findings.js';
import {
  mirrorStatistics,
  type MirrorOptions,
  type MirrorReport,
} from '../core/verification/mirror/mirror-statistics.js';
import type { TradeRecord } from '../core/verification/trade-record.js';
import {
  checkTransitMovements,
  type TransitControlReport,
} from '../core/verification/transit/check-transit-movements.js';
import type { TransitControlOptions } from '../core/verification/transit/transit-control-options.js';
import { describeFindings, exitCodeOf, percent, type CommandResult } from './command-result.js';

/** Input problems counted for the exit code (2 when any), with the lines to print about them. */
export interface InputProblems {
  count: number;
  lines?: string[];
}

/**
 * The four checks on data already loaded (from files or from the stores), with the summary text
 * and exit code of `tamga verify ...`.
 */
export function manifestResult(
  input: { reports: readonly CargoReport[]; records: readonly TradeRecord[]; problems: InputProblems },
  overrides: Partial<ManifestCheckOptions>,
): CommandResult<ManifestCheckReport> {
  const report = checkManifestCoverage(input.reports, input.records, overrides);
  const { counts } = report;
  const lines = [
    `${report.lines.length} consignments on ${input.reports.length} cargo reports: ${counts.reference} covered by transport document, ` +
      `${counts.container} by container, ${counts.fuzzy} by consignee; ${counts.none} undeclared, ${counts.pending} still within the coverage period.`,
    `${report.declarationsWithoutCargo.length} declarations in the period match no cargo.`,
    ...(input.problems.lines ?? []).map((p) => `  problem: ${p}`),
    ...describeFindings(report.findings),
  ];
  return {
    text: lines.join('\n'),
    findings: report.findings,
    data: report,
    exitCode: exitCodeOf(report.findings, input.problems.count),
  };
}

export function transitResult(
  movements: readonly TransitMovement[],
  options: Partial<TransitControlOptions> & { now: string },
  problems: InputProblems = { count: 0 },
): CommandResult<TransitControlReport> {
  const report = checkTransitMovements(movements, options);
  const counts = Object.entries(report.counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`);
  const lines = [
    `${movements.length} transit movements (${counts.join(', ')}) checked as of ${options.now}.`,
    ...(problems.lines ?? []).map((p) => `  problem: ${p}`),
    ...describeFindings(report.findings),
  ];
  return {
    text: lines.join('\n'),
    findings: report.findings,
    data: report,
    exitCode: exitCodeOf(report.findings, problems.count),
  };
}

export function partnerResult(
  input: { imports: readonly TradeRecord[]; exports: readonly TradeRecord[]; problems: InputProblems },
  options: Partial<PartnerMatchOptions> & { estimateFactor?: boolean },
): CommandResult<PartnerMatchResult> {
  const { imports, exports } = input;
  const { estimateFactor, ...overrides } = options;
  let result = matchPartnerExports(imports, exports, overrides);
  const lines: string[] = [];
  if (estimateFactor) {
    const estimate = estimateCifFobFactor(result.matches, { imports, exports });
    result = matchPartnerExports(imports, exports, { ...overrides, cifFobFactor: estimate.factor });
    lines.push(`CIF/FOB factor estimated from ${estimate.pairs} matched pairs: ${estimate.factor.toFixed(3)}`);
  }
  const findings = partnerFindings(result, { imports, exports });
  const { stats } = result;
  lines.unshift(
    `Matched ${result.matches.length} of ${stats.exports} partner exports to our ${stats.imports} imports ` +
      `(${stats.referenceMatches} by reference, ${stats.fuzzyMatches} by fuzzy match); ` +
      `${result.unmatchedExports.length} partner exports and ${result.unmatchedImports.length} imports unmatched.`,
  );
  lines.push(...describeFindings(findings));
  return { text: lines.join('\n'), findings, data: result, exitCode: exitCodeOf(findings, input.problems.count) };
}

export function mirrorResult(
  input: { imports: readonly TradeRecord[]; exports: readonly TradeRecord[]; problems: InputProblems },
  options: Partial<MirrorOptions> & { top?: number },
): CommandResult<MirrorReport> {
  const report = mirrorStatistics(input.imports, input.exports, {
    ...(options.cifFobFactor === undefined ? {} : { cifFobFactor: options.cifFobFactor }),
    ...(options.lagMonths === undefined ? {} : { lagMonths: options.lagMonths }),
  });
  const top = options.top ?? 20;
  const findings = mirrorFindings(report, { limit: top });
  const lines = [
    `Mirror statistics: ${report.pairs.length} HS6 x partner pairs, CIF/FOB factor ${report.factor}. Largest gaps (value at stake):`,
    ...report.pairs
      .slice(0, top)
      .map(
        (p) =>
          `  ${p.hs6} ${p.partnerCountry.padEnd(3)} ours ${Math.round(p.importsCif)} vs expected ${Math.round(p.expectedCif)}  gap ${Number.isFinite(p.gapRatio) ? percent(p.gapRatio) : 'n/a'}  at stake ${Math.round(p.valueAtStake)}`,
      ),
    ...describeFindings(findings, 0),
  ];
  return { text: lines.join('\n'), findings, data: report, exitCode: exitCodeOf(findings, input.problems.count) };
}
