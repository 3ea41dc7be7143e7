import type { CargoReport } from '../core/model/cargo-report.js';
import type { Declaration } from '../core/model/declaration-schema.js';
import type { TransitMovement } from '../core/model/transit-movement.js';
import { checkManifestCoverage } from '../core/verification/manifest/check-manifest-coverage.js';
import type { ManifestCheckOptions } from '../core/verification/manifest/manifest-options.js';
import { matchPartnerExports } from '../core/verification/matching/match-partner-exports.js';
import { partnerFindings } from '../core/verification/matching/partner-findings.js';
import type { PartnerMatchOptions } from '../core/verification/matching/partner-match-options.js';
import { mirrorFindings } from '../core/verification/mirror/mirror-findings.js';
import { mirrorStatistics, type MirrorOptions } from '../core/verification/mirror/mirror-statistics.js';
import { toTradeRecord, type TradeRecord } from '../core/verification/trade-record.js';
import { checkTransitMovements } from '../core/verification/transit/check-transit-movements.js';
import type { TransitControlOptions } from '../core/verification/transit/transit-control-options.js';

/** A handler's answer: the HTTP adapter sends `body` as JSON with `status`. */
export interface HandlerReply {
  status: 200 | 400;
  body: unknown;
}

const bad = (message: string): HandlerReply => ({ status: 400, body: { error: 'bad-request', message } });

function tradeRecords(value: unknown, field: string, rates: Record<string, number> = {}): TradeRecord[] | string {
  if (!Array.isArray(value)) return `${field} must be an array of canonical declarations`;
  const convert = (amount: number, currency: string) => amount * (rates[currency] ?? 1);
  return (value as Declaration[]).map((d, i) =>
    toTradeRecord(d, { id: d.functionalReferenceId ?? d.mrn ?? `${field}[${i}]`, convert }),
  );
}

/** `POST /v1/verify/partners` `{ imports, partnerExports, exchangeRates?, options? }` */
export function verifyPartnersHandler(body: {
  imports?: unknown;
  partnerExports?: unknown;
  exchangeRates?: Record<string, number>;
  options?: Partial<PartnerMatchOptions>;
}): HandlerReply {
  const imports = tradeRecords(body.imports, 'imports', body.exchangeRates);
  const exports = tradeRecords(body.partnerExports, 'partnerExports', body.exchangeRates);
  if (typeof imports === 'string') return bad(imports);
  if (typeof exports === 'string') return bad(exports);
  const result = matchPartnerExports(imports, exports, body.options);
  return {
    status: 200,
    body: {
      matches: result.matches,
      unmatchedImports: result.unmatchedImports.map((i) => imports[i]!.id),
      unmatchedExports: result.unmatchedExports.map((t) => exports[t]!.id),
      stats: result.stats,
      findings: partnerFindings(result, { imports, exports }),
    },
  };
}

/** `POST /v1/verify/manifests` `{ cargoReports, declarations, options? }` */
export function verifyManifestsHandler(body: {
  cargoReports?: unknown;
  declarations?: unknown;
  options?: Partial<ManifestCheckOptions>;
}): HandlerReply {
  if (!Array.isArray(body.cargoReports)) return bad('cargoReports must be an array of cargo reports');
  const declarations = tradeRecords(body.declarations, 'declarations');
  if (typeof declarations === 'string') return bad(declarations);
  return { status: 200, body: checkManifestCoverage(body.cargoReports as CargoReport[], declarations, body.options) };
}

/** `POST /v1/verify/transit` `{ movements, now, options? }` */
export function verifyTransitHandler(body: {
  movements?: unknown;
  now?: unknown;
  options?: Partial<TransitControlOptions>;
}): HandlerReply {
  if (!Array.isArray(body.movements)) return bad('movements must be an array of transit movements');
  if (typeof body.now !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(body.now))
    return bad('now must be an ISO 8601 date, e.g. 2024-05-01');
  return {
    status: 200,
    body: checkTransitMovements(body.movements as TransitMovement[], { ...body.options, now: body.now }),
  };
}

/** `POST /v1/verify/mirror` `{ imports, partnerExports, exchangeRates?, options?, top? }` */
export function verifyMirrorHandler(body: {
  imports?: unknown;
  partnerExports?: unknown;
  exchangeRates?: Record<string, number>;
  options?: Partial<MirrorOptions>;
  top?: number;
}): HandlerReply {
  const imports = tradeRecords(body.imports, 'imports', body.exchangeRates);
  const exports = tradeRecords(body.partnerExports, 'partnerExports', body.exchangeRates);
  if (typeof imports === 'string') return bad(imports);
  if (typeof exports === 'string') return bad(exports);
  const report = mirrorStatistics(imports, exports, body.options);
  const top = body.top ?? 100;
  return {
    status: 200,
    body: {
      factor: report.factor,
      pairs: report.pairs.slice(0, top),
      cells: report.cells.slice(0, top),
      findings: mirrorFindings(report, { limit: top }),
    },
  };
}
