import type { CargoConsignment, CargoParty, CargoReport } from '../../model/cargo-report.js';
import { dayOf, hsDigits, normalizeName, normalizeReference } from '../normalize.js';

/** One consignment of a cargo report, flattened for matching against declarations. */
export interface ManifestLine {
  /** The report's document number, else its message reference. */
  reportId: string;
  /** Index of the consignment in the report. */
  index: number;
  /** Transport document number as filed (or `#n` when there is none). */
  consignment: string;
  /** Normalised references: transport document, consolidation document, transport information. */
  references: string[];
  containers: string[];
  consigneeId: string;
  consigneeName: string;
  hs6: string[];
  grossMassKg: number;
  packages: number;
  /** Day of arrival (days since 1970-01-01), NaN when the report has no date. */
  arrivalDay: number;
  dispatchCountry: string;
}

const TRANSPORT_DOCUMENT_QUALIFIERS = new Set(['BM', 'BH', 'MB', 'AWB', 'MWB', 'HWB', 'BN', 'AAM', 'ACD']);

function consignee(parties: readonly CargoParty[]): CargoParty | undefined {
  return parties.find((p) => p.role === 'CN') ?? parties.find((p) => p.role === 'N1');
}

function referencesOf(consignment: CargoConsignment): string[] {
  const out = new Set<string>();
  const add = (value: string | undefined) => {
    const reference = normalizeReference(value);
    if (reference.length >= 4) out.add(reference);
  };
  add(consignment.transportDocument.number);
  add(consignment.consolidationDocumentNumber);
  for (const reference of consignment.references)
    if (TRANSPORT_DOCUMENT_QUALIFIERS.has(reference.qualifier)) add(reference.value);
  // Some carriers file the bill of lading only as transport information text (FTX TRA).
  if (out.size === 0)
    for (const item of consignment.goodsItems)
      for (const text of item.texts) if (text.qualifier === 'TRA') add(text.text);
  return [...out];
}

function arrivalDay(report: CargoReport): number {
  const transport = report.transport[0];
  return dayOf(
    transport?.arrivalDate ?? transport?.dates.find((d) => d.qualifier === '132')?.value ?? report.issueDate,
  );
}

function total(values: readonly (number | undefined)[]): number {
  let sum = 0;
  for (const value of values) {
    if (value === undefined || !Number.isFinite(value)) return Number.NaN;
    sum += value;
  }
  return values.length === 0 ? Number.NaN : sum;
}

/** The consignments of a cargo report as lines to match. */
export function manifestLines(report: CargoReport): ManifestLine[] {
  const reportId = report.documentNumber ?? report.messageReference;
  const day = arrivalDay(report);
  return report.consignments.map((consignment, index) => {
    const party = consignee(consignment.parties);
    const items = consignment.goodsItems;
    return {
      reportId,
      index,
      consignment: consignment.transportDocument.number ?? consignment.consolidationDocumentNumber ?? `#${index + 1}`,
      references: referencesOf(consignment),
      containers: consignment.containerIds.map(normalizeReference).filter((id) => id !== ''),
      consigneeId: normalizeReference(party?.id),
      consigneeName: normalizeName(party?.name),
      hs6: [...new Set(items.flatMap((item) => item.hsCodes.map((code) => hsDigits(code).slice(0, 6))))],
      grossMassKg: consignment.grossMassKg ?? total(items.map((item) => item.grossMassKg)),
      packages: total(items.flatMap((item) => item.packages.map((p) => p.count))),
      arrivalDay: day,
      dispatchCountry: consignment.dispatchCountryCode ?? '',
    };
  });
}
