import type { PartnerMatchResult } from '../core/verification/matching/match-partner-exports.js';
import type { PartnerMatchOptions } from '../core/verification/matching/partner-match-options.js';
import type { MirrorOptions, MirrorReport } from '../core/verification/mirror/mirror-statistics.js';
import type { TradeRecord } from '../core/verification/trade-record.js';
import { recordVerification } from './record-verification.js';
import { storedTradeRecords } from './store-inputs.js';
import { tradeRecordsFromFiles } from './verify-commands.js';
import { mirrorResult, partnerResult } from './verify-results.js';
import { count, dateWindow, type StoreRunOptions, type StoredRunResult, type VerifyStores } from './verify-stores.js';

export interface PartnerInputOptions {
  /** Partner export declarations: files or folders (there is no store of partner data). */
  partnerExports: string[];
  /** Our imports from files; default the declaration store around the partner's export dates. */
  imports?: string[];
  exchangeRates?: Record<string, number>;
}

interface PartnerInputs {
  imports: TradeRecord[];
  exports: TradeRecord[];
  problems: number;
  fromStore: boolean;
  inputs: string[];
}

/** Days either side of the partner's export dates within which our imports are read from the store. */
const WINDOW = { before: 30, after: 180 };

async function partnerInputs(
  stores: VerifyStores,
  options: PartnerInputOptions & Pick<StoreRunOptions, 'progress'>,
): Promise<PartnerInputs> {
  const theirs = await tradeRecordsFromFiles(options.partnerExports, options.exchangeRates);
  const inputs = [`${count(theirs.records.length)} partner exports from ${options.partnerExports.length} path(s)`];
  if (options.imports?.length) {
    const ours = await tradeRecordsFromFiles(options.imports, options.exchangeRates);
    inputs.push(`${count(ours.records.length)} imports from ${options.imports.length} path(s)`);
    return {
      imports: ours.records,
      exports: theirs.records,
      problems: ours.problems + theirs.problems,
      fromStore: false,
      inputs,
    };
  }
  const window = dateWindow(
    theirs.records.map((record) => record.day),
    WINDOW.before,
    WINDOW.after,
  );
  const imports = await storedTradeRecords(stores.store, {
    ...window,
    ...(options.exchangeRates ? { exchangeRates: options.exchangeRates } : {}),
    progress: (n) => options.progress?.('declarations', n),
  });
  const span = window.dateFrom ? ` dated ${window.dateFrom} to ${window.dateTo}` : '';
  inputs.push(`${count(imports.length)} import declarations${span} from the declaration store`);
  return { imports, exports: theirs.records, problems: theirs.problems, fromStore: true, inputs };
}

/**
 * `tamga verify partners --partner <paths> [--imports <paths>]`: customs-to-customs matching; the
 * findings on our imports are recorded when the imports came from the store.
 */
export async function verifyPartnersWithStores(
  stores: VerifyStores,
  options: StoreRunOptions & PartnerInputOptions & Partial<PartnerMatchOptions> & { estimateFactor?: boolean },
): Promise<StoredRunResult<PartnerMatchResult>> {
  const { partnerExports, imports, exchangeRates, record, source, progress, ...matching } = options;
  const loaded = await partnerInputs(stores, {
    partnerExports,
    ...(imports ? { imports } : {}),
    ...(exchangeRates ? { exchangeRates } : {}),
    ...(progress ? { progress } : {}),
  });
  const result = partnerResult({ ...loaded, problems: { count: loaded.problems } }, matching);
  const recorded =
    record === false
      ? { skipped: 'dry run' }
      : !loaded.fromStore
        ? { skipped: 'the imports came from files, not from the store' }
        : await recordVerification(stores.verificationFindings, {
            check: 'partner',
            findings: result.findings,
            checked: result.data.matches.map((match) => loaded.imports[match.importIndex]!),
            source,
          });
  return { ...result, inputs: loaded.inputs, recorded };
}

/** `tamga verify mirror --partner <paths> [--imports <paths>]`: mirror statistics; gaps are recorded. */
export async function verifyMirrorWithStores(
  stores: VerifyStores,
  options: StoreRunOptions & PartnerInputOptions & Partial<MirrorOptions> & { top?: number },
): Promise<StoredRunResult<MirrorReport>> {
  const { partnerExports, imports, exchangeRates, record, source, progress, ...mirror } = options;
  const loaded = await partnerInputs(stores, {
    partnerExports,
    ...(imports ? { imports } : {}),
    ...(exchangeRates ? { exchangeRates } : {}),
    ...(progress ? { progress } : {}),
  });
  const result = mirrorResult({ ...loaded, problems: { count: loaded.problems } }, mirror);
  const recorded =
    record === false
      ? { skipped: 'dry run' }
      : await recordVerification(stores.verificationFindings, {
          check: 'mirror',
          findings: result.findings,
          checked: [],
          source,
        });
  return { ...result, inputs: loaded.inputs, recorded };
}
