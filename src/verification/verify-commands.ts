import { readFile } from 'node:fs/promises';
import type { TransitMovement } from '../core/model/transit-movement.js';
import type { ManifestCheckReport } from '../core/verification/manifest/check-manifest-coverage.js';
import type { ManifestCheckOptions } from '../core/verification/manifest/manifest-options.js';
import type { PartnerMatchResult } from '../core/verification/matching/match-partner-exports.js';
import type { PartnerMatchOptions } from '../core/verification/matching/partner-match-options.js';
import type { MirrorReport } from '../core/verification/mirror/mirror-statistics.js';
import { toTradeRecord, type TradeRecord } from '../core/verification/trade-record.js';
import type { TransitControlReport } from '../core/verification/transit/check-transit-movements.js';
import type { CommandResult } from './command-result.js';
import { listFiles, loadDeclarations } from './load-declarations.js';
import { loadCargoReports } from './load-cargo-reports.js';
import { manifestResult, mirrorResult, partnerResult, transitResult } from './verify-results.js';

/** Options shared by commands that read declarations. */
export interface DeclarationInput {
  /** Files or folders of declarations (any format Tamga decodes). */
  declarations: string[];
  /** Units of the common currency per unit of another currency (`{ USD: 1300 }`); identity when absent. */
  exchangeRates?: Record<string, number>;
}

/** Declarations from files as trade records, with the count of what could not be decoded. */
export async function tradeRecordsFromFiles(
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
  const ours = await tradeRecordsFromFiles(options.imports, options.exchangeRates);
  const theirs = await tradeRecordsFromFiles(options.partnerExports, options.exchangeRates);
  const overrides = withoutKeys(options, ['imports', 'partnerExports', 'exchangeRates']);
  return partnerResult(
    { imports: ours.records, exports: theirs.records, problems: { count: ours.problems + theirs.problems } },
    overrides,
  );
}

/** `tamga verify manifests --manifests <files> --declarations <paths> [--now D] [--coverage-days 30]` */
export async function verifyManifests(
  options: DeclarationInput & { manifests: string[] } & Partial<ManifestCheckOptions>,
): Promise<CommandResult<ManifestCheckReport>> {
  const { manifests, declarations, exchangeRates, ...overrides } = options;
  const cargo = await loadCargoReports(await listFiles(manifests));
  const ours = await tradeRecordsFromFiles(declarations, exchangeRates);
  return manifestResult(
    { reports: cargo.reports, records: ours.records, problems: { count: ours.problems, lines: cargo.problems } },
    overrides,
  );
}

/** `tamga verify transit <movements.json> --now <date>`: movements as JSON (`TransitMovement[]`). */
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
  return transitResult(movements, withoutKeys(options, ['movements']));
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
  const ours = await tradeRecordsFromFiles(options.imports, options.exchangeRates);
  const theirs = await tradeRecordsFromFiles(options.partnerExports, options.exchangeRates);
  return mirrorResult(
    { imports: ours.records, exports: theirs.records, problems: { count: ours.problems + theirs.problems } },
    withoutKeys(options, ['imports', 'partnerExports', 'exchangeRates']),
  );
}
