import { pointerFor } from '../../model/pointer.js';
import type { TradeRecord } from '../trade-record.js';
import { verificationFindingId, type VerificationFinding } from '../verification-finding.js';
import type { PartnerMatch, PartnerMatchResult } from './match-partner-exports.js';

const percent = (fraction: number) => `${Math.round(fraction * 100)} %`;

function evidence(match: PartnerMatch): Record<string, string | number> {
  return { partnerExport: match.exportId, basis: match.basis, confidence: Math.round(match.confidence * 1000) / 1000 };
}

function valueFinding(match: PartnerMatch, ours: TradeRecord, expected: number): VerificationFinding {
  return {
    id: verificationFindingId('partner-value-gap', [match.importId, match.exportId]),
    check: 'partner',
    code: 'partner-value-gap',
    severity: match.valueGap > 0.5 ? 'error' : 'warning',
    subject: { kind: 'declaration', id: match.importId },
    declarationIds: [match.importId],
    pointer: pointerFor(`goodsItems[${ours.mainItem}].customsValue`),
    message: `The exporting country declared this shipment at a value that, with freight and insurance, comes to ${Math.round(expected)}; this declaration gives ${Math.round(ours.value)}, ${percent(match.valueGap)} less.`,
    fix: 'Ask the importer for the invoice, payment records and freight costs, and check the customs value.',
    measure: { expected, actual: ours.value, gap: match.valueGap, unit: 'value' },
    confidence: match.confidence,
    evidence: evidence(match),
  };
}

function massFinding(match: PartnerMatch, ours: TradeRecord, theirs: TradeRecord): VerificationFinding {
  return {
    id: verificationFindingId('partner-mass-gap', [match.importId, match.exportId]),
    check: 'partner',
    code: 'partner-mass-gap',
    severity: 'warning',
    subject: { kind: 'declaration', id: match.importId },
    declarationIds: [match.importId],
    pointer: pointerFor(`goodsItems[${ours.mainItem}].netMassKg`),
    message: `The exporting country declared ${theirs.massKg} kg for this shipment; this declaration gives ${ours.massKg} kg (${percent(Math.abs(match.massGap))} ${match.massGap > 0 ? 'less' : 'more'}).`,
    fix: 'Compare the packing list and weighing records with the declared net mass.',
    measure: { expected: theirs.massKg, actual: ours.massKg, gap: match.massGap, unit: 'kg' },
    confidence: match.confidence,
    evidence: evidence(match),
  };
}

function hsFinding(match: PartnerMatch, ours: TradeRecord, theirs: TradeRecord): VerificationFinding {
  const code = match.hsDifference === '4' ? 'partner-hs-differs-4' : 'partner-hs-differs-6';
  const level = match.hsDifference === '4' ? 'heading (first 4 digits)' : 'subheading (6 digits)';
  return {
    id: verificationFindingId(code, [match.importId, match.exportId]),
    check: 'partner',
    code,
    severity: match.hsDifference === '4' ? 'error' : 'warning',
    subject: { kind: 'declaration', id: match.importId },
    declarationIds: [match.importId],
    pointer: pointerFor(`goodsItems[${ours.mainItem}].classifications[0].id`),
    message: `The exporting country classified these goods under ${theirs.hs6}; this declaration uses ${ours.hs6}, a different ${level}.`,
    fix: 'Check the goods description and technical documents against both codes; correct the classification if needed.',
    confidence: match.confidence,
    evidence: { ...evidence(match), partnerHs6: theirs.hs6 },
  };
}

/**
 * Findings from a partner match: value, mass and classification gaps on the matched imports;
 * partner exports nobody declared; and our imports with no partner export, for partner
 * countries that do share their exports (otherwise silence is not evidence).
 */
export function partnerFindings(
  result: PartnerMatchResult,
  records: { imports: readonly TradeRecord[]; exports: readonly TradeRecord[] },
): VerificationFinding[] {
  const { imports, exports } = records;
  const { options } = result;
  const findings: VerificationFinding[] = [];
  for (const match of result.matches) {
    const ours = imports[match.importIndex]!;
    const theirs = exports[match.exportIndex]!;
    if (match.valueGap > options.valueGapThreshold)
      findings.push(valueFinding(match, ours, theirs.value * options.cifFobFactor));
    if (Math.abs(match.massGap) > options.massGapThreshold) findings.push(massFinding(match, ours, theirs));
    if (match.hsDifference !== 'none') findings.push(hsFinding(match, ours, theirs));
  }
  for (const t of result.unmatchedExports) findings.push(unmatchedExport(exports[t]!));
  const sharing = new Set(exports.map((record) => record.partnerCountry));
  for (const i of result.unmatchedImports) {
    if (sharing.has(imports[i]!.partnerCountry)) findings.push(importWithoutExport(imports[i]!));
  }
  return findings;
}

function unmatchedExport(theirs: TradeRecord): VerificationFinding {
  return {
    id: verificationFindingId('partner-export-unmatched', [theirs.id]),
    check: 'partner',
    code: 'partner-export-unmatched',
    severity: 'error',
    subject: { kind: 'partner-export', id: theirs.id },
    declarationIds: [],
    message: `${theirs.partnerCountry} reports an export to us (HS ${theirs.hs6}, ${theirs.massKg} kg) that matches no import declaration.`,
    fix: 'Trace the shipment by its transport document and consignee: it may have entered undeclared or under another declaration.',
    evidence: { partnerExport: theirs.id, hs6: theirs.hs6, partnerCountry: theirs.partnerCountry },
  };
}

function importWithoutExport(ours: TradeRecord): VerificationFinding {
  return {
    id: verificationFindingId('import-without-partner-export', [ours.id]),
    check: 'partner',
    code: 'import-without-partner-export',
    severity: 'warning',
    subject: { kind: 'declaration', id: ours.id },
    declarationIds: [ours.id],
    message: `${ours.partnerCountry} shares its export declarations, but none matches this import.`,
    fix: 'Check the declared country of dispatch and the exporter; the goods may have come through another country.',
    evidence: { partnerCountry: ours.partnerCountry },
  };
}
