import { matchPartnerExports, type PartnerMatchResult } from '../core/verification/matching/match-partner-exports.js';
import { partnerFindings } from '../core/verification/matching/partner-findings.js';
import type { PartnerMatchOptions } from '../core/verification/matching/partner-match-options.js';
import { toTradeRecord, type TradeRecord } from '../core/verification/trade-record.js';
import type { VerificationFinding } from '../core/verification/verification-finding.js';
import type { GeneratedPartnerData } from './generate-partner-data.js';
import { cleanImports } from './ground-truth.js';

/** A share with the counts behind it. */
export interface Rate {
  of: number;
  hit: number;
  rate: number;
}

export interface PartnerEvaluation {
  /** Correct pairs / pairs the matcher proposed. */
  precision: number;
  /** Correct pairs / true pairs. */
  recall: number;
  pairs: { truth: number; predicted: number; correct: number };
  /** Injected under-valuations beyond 30 % that got a value-gap finding on the right import. */
  underValuationDetection: Rate;
  misclassificationDetection: Rate;
  /** Partner exports with no import that were reported as such. */
  missingImportDetection: Rate;
  /** Clean imports (true partner, nothing injected) that got any partner finding. */
  falseAlarms: Rate & { per10000: number };
  matchMs: number;
  result: PartnerMatchResult;
  findings: VerificationFinding[];
}

const rate = (hit: number, of: number): Rate => ({ of, hit, rate: of === 0 ? 1 : hit / of });

/** Trade records of a generated set, partner values converted into our currency. */
export function generatedRecords(data: GeneratedPartnerData): { imports: TradeRecord[]; exports: TradeRecord[] } {
  const { partnerCurrency, exchangeRate } = data.options;
  const convert = (amount: number, currency: string) => (currency === partnerCurrency ? amount * exchangeRate : amount);
  return {
    imports: data.imports.map((d) => toTradeRecord(d)),
    exports: data.partnerExports.map((d) => toTradeRecord(d, { convert })),
  };
}

/** Runs the partner match on a generated set and scores it against the ground truth. */
export function evaluatePartnerMatching(
  data: GeneratedPartnerData,
  overrides: Partial<PartnerMatchOptions> = {},
): PartnerEvaluation {
  const records = generatedRecords(data);
  const started = performance.now();
  const result = matchPartnerExports(records.imports, records.exports, overrides);
  const matchMs = performance.now() - started;
  const findings = partnerFindings(result, records);
  const { truth } = data;
  const correct = result.matches.filter((m) => truth.pairs.get(m.exportId) === m.importId).length;
  const byDeclaration = new Map<string, Set<string>>();
  for (const finding of findings) {
    for (const id of finding.declarationIds) {
      const codes = byDeclaration.get(id) ?? new Set<string>();
      codes.add(finding.code);
      byDeclaration.set(id, codes);
    }
  }
  const beyond30 = [...truth.underValued].filter(([, factor]) => 1 - 1 / factor > 0.3).map(([id]) => id);
  const misclassified = [...truth.misclassified.keys()];
  const unmatchedExportIds = new Set(result.unmatchedExports.map((t) => records.exports[t]!.id));
  const clean = [...cleanImports(truth)];
  const alarmed = clean.filter((id) => (byDeclaration.get(id)?.size ?? 0) > 0).length;
  const falseAlarms = rate(alarmed, clean.length);
  return {
    precision: result.matches.length === 0 ? 1 : correct / result.matches.length,
    recall: truth.pairs.size === 0 ? 1 : correct / truth.pairs.size,
    pairs: { truth: truth.pairs.size, predicted: result.matches.length, correct },
    underValuationDetection: rate(
      beyond30.filter((id) => byDeclaration.get(id)?.has('partner-value-gap')).length,
      beyond30.length,
    ),
    misclassificationDetection: rate(
      misclassified.filter((id) => [...(byDeclaration.get(id) ?? [])].some((c) => c.startsWith('partner-hs-differs')))
        .length,
      misclassified.length,
    ),
    missingImportDetection: rate(
      [...truth.exportsWithoutImport].filter((id) => unmatchedExportIds.has(id)).length,
      truth.exportsWithoutImport.size,
    ),
    falseAlarms: { ...falseAlarms, per10000: falseAlarms.rate * 10_000 },
    matchMs,
    result,
    findings,
  };
}
