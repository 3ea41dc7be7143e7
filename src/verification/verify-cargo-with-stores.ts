import type { CargoReport } from '../core/model/cargo-report.js';
import type { TransitMovement } from '../core/model/transit-movement.js';
import type { ManifestCheckReport } from '../core/verification/manifest/check-manifest-coverage.js';
import { manifestLines } from '../core/verification/manifest/manifest-line.js';
import { manifestCheckOptions, type ManifestCheckOptions } from '../core/verification/manifest/manifest-options.js';
import type { TradeRecord } from '../core/verification/trade-record.js';
import type { TransitControlReport } from '../core/verification/transit/check-transit-movements.js';
import { foldTransitMessages } from '../core/verification/transit/fold-transit-messages.js';
import type { TransitControlOptions } from '../core/verification/transit/transit-control-options.js';
import { listFiles } from './load-declarations.js';
import { loadCargoReports } from './load-cargo-reports.js';
import { loadTransitInputs } from './load-transit-inputs.js';
import { recordVerification } from './record-verification.js';
import { storedCargoReports, storedTradeRecords, storedTransitMessages } from './store-inputs.js';
import { tradeRecordsFromFiles } from './verify-commands.js';
import { manifestResult, transitResult } from './verify-results.js';
import { count, dateWindow, type StoreRunOptions, type StoredRunResult, type VerifyStores } from './verify-stores.js';

/**
 * `tamga verify manifests`: cargo reports from `manifests` files, else the message store's CUSCARs;
 * our declarations from `declarations` files, else the declaration store around the arrival dates.
 * Findings are recorded when the declarations came from the store (their ids are the store's).
 */
export async function verifyManifestsWithStores(
  stores: VerifyStores,
  options: StoreRunOptions & {
    manifests?: string[];
    declarations?: string[];
    exchangeRates?: Record<string, number>;
  } & Partial<ManifestCheckOptions>,
): Promise<StoredRunResult<ManifestCheckReport>> {
  const { manifests, declarations, exchangeRates, record, source, progress, ...overrides } = options;
  const inputs: string[] = [];
  let reports: CargoReport[];
  const problemLines: string[] = [];
  if (manifests?.length) {
    const loaded = await loadCargoReports(await listFiles(manifests));
    reports = loaded.reports;
    problemLines.push(...loaded.problems);
    inputs.push(`${count(reports.length)} cargo reports from ${manifests.length} path(s)`);
  } else {
    reports = await storedCargoReports(stores.messages, (n) => progress?.('cargo reports', n));
    inputs.push(`${count(reports.length)} cargo reports from the message store`);
  }
  const settings = manifestCheckOptions(overrides);
  let records: TradeRecord[];
  let problems = 0;
  if (declarations?.length) {
    ({ records, problems } = await tradeRecordsFromFiles(declarations, exchangeRates));
    inputs.push(`${count(records.length)} declarations from ${declarations.length} path(s)`);
  } else {
    const days = reports.flatMap((report) => manifestLines(report).map((line) => line.arrivalDay));
    const window = dateWindow(days, settings.daysBefore, settings.coverageDays);
    records = await storedTradeRecords(stores.store, {
      ...window,
      ...(exchangeRates ? { exchangeRates } : {}),
      progress: (n) => progress?.('declarations', n),
    });
    const span = window.dateFrom ? ` dated ${window.dateFrom} to ${window.dateTo}` : '';
    inputs.push(`${count(records.length)} import declarations${span} from the declaration store`);
  }
  const result = manifestResult({ reports, records, problems: { count: problems, lines: problemLines } }, overrides);
  if (reports.length === 0) {
    return {
      ...result,
      exitCode: 2,
      inputs,
      recorded: { skipped: 'no cargo reports: give --manifests or ingest CUSCAR messages first' },
    };
  }
  const covering = new Set([
    ...result.data.lines.flatMap((line) => line.declarationIds),
    ...result.data.declarationsWithoutCargo,
  ]);
  const recorded =
    record === false
      ? { skipped: 'dry run' }
      : declarations?.length
        ? { skipped: 'the declarations came from files, not from the store' }
        : await recordVerification(stores.verificationFindings, {
            check: 'manifest',
            findings: result.findings,
            checked: records.filter((r) => covering.has(r.id)),
            source,
          });
  return { ...result, inputs, recorded };
}

/**
 * `tamga verify transit [files...]`: NCTS messages (XML) or movements (JSON) from the files, else the
 * message store's NCTS messages, folded into movements and checked as of `now`.
 */
export async function verifyTransitWithStores(
  stores: VerifyStores,
  options: StoreRunOptions & { files?: string[] } & Partial<TransitControlOptions> & { now: string },
): Promise<StoredRunResult<TransitControlReport>> {
  const { files, record, source, progress, ...control } = options;
  const inputs: string[] = [];
  const movements: TransitMovement[] = [];
  let problems: string[] = [];
  let messages;
  if (files?.length) {
    const loaded = await loadTransitInputs(await listFiles(files));
    movements.push(...loaded.movements);
    messages = loaded.messages;
    problems = loaded.problems;
    inputs.push(
      `${count(messages.length)} NCTS messages and ${count(loaded.movements.length)} movements from ${files.length} path(s)`,
    );
  } else {
    messages = await storedTransitMessages(stores.messages, (n) => progress?.('NCTS messages', n));
    inputs.push(`${count(messages.length)} NCTS messages from the message store`);
  }
  const fold = foldTransitMessages(messages);
  movements.push(...fold.movements.map((folded) => folded.movement));
  // Not an unreadable input: a message that names no movement is reported, and the check goes on.
  const unmatched =
    fold.unmatched.length > 0
      ? [`${fold.unmatched.length} NCTS message(s) name no MRN or LRN and belong to no movement`]
      : [];
  const result = transitResult(movements, control, { count: problems.length, lines: [...problems, ...unmatched] });
  const recorded =
    record === false
      ? { skipped: 'dry run' }
      : await recordVerification(stores.verificationFindings, {
          check: 'transit',
          findings: result.findings,
          checked: [],
          source,
        });
  return { ...result, inputs, recorded };
}
