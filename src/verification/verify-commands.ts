import { readFile } from 'node:fs/promises';
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
import { mirrorStatistics, type MirrorReport } from '../core/verification/mirror/mirror-statistics.js';
import { toTradeRecord, type TradeRecord } from '../core/verification/trade-record.js';
import {
  checkTransitMovements,
  type TransitControlReport,
} from '../core/verification/transit/check-transit-movements.js';
import { describeFindings, exitCodeOf, percent, type CommandResult } from './command-result.js';
import { listFiles, loadDeclarations } from './load-declarations.js';
import { loadCargoReports } from './load-cargo-reports.js';

/** Options shared by commands that read declarations. */
export interface DeclarationInput {
  /** Files or folders of declarations (any format Tamga decodes). */
  declarations: string[];
  /** Units of the common currency per unit of another currency (`{ USD: 1300 }`); identity when absent. */
  exchangeRates?: Record<string, number>;
}

async function records(
  paths: readonly string[],
  rates: Record<string, number> = {},
): Promise<{ records: TradeRecord[]; problems: number }> {
  const loaded = await loadDeclarations(await listFiles(paths));
  const convert = (amount: number, currency: string) => amount * (rates[currency] ?? 1);
  return {
    records: loaded.declarations.map((d, i) =>
      toTradeRecord(d, { id: d.functionalReferenceId ?? d.mrn ?? `#${i + 1}`, convert }),
    ),
    problems: loaded.problems.length,
  };
}

/** A copy of an options object without the command's own inputs. */
function withoutKeys<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

/** `tamga verify partners --imports <paths> --partner <paths> [--factor 1.06] [--estimate-factor]` */
export async function verifyPartners(
  options: {
    imports: string[];
    partnerExports: string[];
    exchangeRates?: Record<string, number>;
    estimateFactor?: boolean;
  } & Partial<PartnerMatchOptions>,
): Promise<CommandResult<PartnerMatchResult>> {
  const ours = await records(options.imports, options.exchangeRates);
  const theirs = await records(options.partnerExports, options.exchangeRates);
  const { estimateFactor, ...rest } = options;
  const overrides = withoutKeys(rest, ['imports', 'partnerExports', 'exchangeRates']);
  let result = matchPartnerExports(ours.records, theirs.records, overrides);
  const lines: string[] = [];
  if (estimateFactor) {
    const estimate = estimateCifFobFactor(result.matches, { imports: ours.records, exports: theirs.records });
    result = matchPartnerExports(ours.records, theirs.records, { ...overrides, cifFobFactor: estimate.factor });
    lines.push(`CIF/FOB factor estimated from ${estimate.pairs} matched pairs: ${estimate.factor.toFixed(3)}`);
  }
  const findings = partnerFindings(result, { imports: ours.records, exports: theirs.records });
  const { stats } = result;
  lines.unshift(
    `Matched ${result.matches.length} of ${stats.exports} partner exports to our ${stats.imports} imports ` +
      `(${stats.referenceMatches} by reference, ${stats.fuzzyMatches} by fuzzy match); ` +
      `${result.unmatchedExports.length} partner exports and ${result.unmatchedImports.length} imports unmatched.`,
  );
  lines.push(...describeFindings(findings));
  return {
    text: lines.join('\n'),
    findings,
    data: result,
    exitCode: exitCodeOf(findings, ours.problems + theirs.problems),
  };
}

/** `tamga verify manifests --manifests <files> --declarations <paths> [--now D] [--coverage-days 30]` */
export async function verifyManifests(
  options: DeclarationInput & { manifests: string[] } & Partial<ManifestCheckOptions>,
): Promise<CommandResult<ManifestCheckReport>> {
  const { manifests, declarations, exchangeRates, ...overrides } = options;
  const cargo = await loadCargoReports(await listFiles(manifests));
  const ours = await records(declarations, exchangeRates);
  const report = checkManifestCoverage(cargo.reports, ours.records, overrides);
  const { counts } = report;
  const lines = [
    `${report.lines.length} consignments on ${cargo.reports.length} cargo reports: ${counts.reference} covered by transport document, ` +
      `${counts.container} by container, ${counts.fuzzy} by consignee; ${counts.none} undeclared, ${counts.pending} still within the coverage period.`,
    `${report.declarationsWithoutCargo.length} declarations in the period match no cargo.`,
    ...cargo.problems.map((p) => `  problem: ${p}`),
    ...describeFindings(report.findings),
  ];
  return {
    text: lines.join('\n'),
    findings: report.findings,
    data: report,
    exitCode: exitCodeOf(report.findings, ours.problems),
  };
}

/** `tamga verify transit <movements.json> --now <date>`: movements as JSON (`TransitMovement[]`) until the NCTS decoder feeds them. */
export async function verifyTransit(options: {
  movements: string;
  now: string;
  defaultTimeLimitDays?: number;
}): Promise<CommandResult<TransitControlReport>> {
  let movements: TransitMovement[];
  try {
    movements = JSON.parse(await readFile(options.movements, 'utf8')) as TransitMovement[];
  } catch (error) {
    const message = `${options.movements}: not a JSON array of transit movements (${(error as Error).message})`;
    return {
      text: message,
      findings: [],
      data: {
        movements: [],
        findings: [],
        counts: { declared: 0, 'in-transit': 0, arrived: 0, unloaded: 0, released: 0, invalidated: 0 },
      },
      exitCode: 2,
    };
  }
  const report = checkTransitMovements(movements, withoutKeys(options, ['movements']));
  const counts = Object.entries(report.counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`);
  const lines = [
    `${movements.length} transit movements (${counts.join(', ')}) checked as of ${options.now}.`,
    ...describeFindings(report.findings),
  ];
  return { text: lines.join('\n'), findings: report.findings, data: report, exitCode: exitCodeOf(report.findings) };
}

/** `tamga verify mirror --imports <paths> --partner <paths> [--factor 1.06] [--top 20]` */
export async function verifyMirror(options: {
  imports: string[];
  partnerExports: string[];
  exchangeRates?: Record<string, number>;
  cifFobFactor?: number;
  lagMonths?: number;
  top?: number;
}): Promise<CommandResult<MirrorReport>> {
  const ours = await records(options.imports, options.exchangeRates);
  const theirs = await records(options.partnerExports, options.exchangeRates);
  const report = mirrorStatistics(ours.records, theirs.records, {
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
  return {
    text: lines.join('\n'),
    findings,
    data: report,
    exitCode: exitCodeOf(findings, ours.problems + theirs.problems),
  };
}
