import type { CargoConsignment, CargoReport } from '../core/model/cargo-report.js';
import { CSV_MANIFEST_COLUMNS } from './csv-manifest.js';

function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function packages(consignment: CargoConsignment): number | undefined {
  let total = 0;
  let any = false;
  for (const item of consignment.goodsItems) {
    for (const pack of item.packages) {
      if (pack.count === undefined) return undefined;
      total += pack.count;
      any = true;
    }
  }
  return any ? total : undefined;
}

/**
 * Cargo reports as a CSV manifest that `readCsvManifest` reads back (one row per consignment): what a
 * port or carrier without EDIFACT can send, and what `tamga verify generate` writes.
 */
export function writeCsvManifest(reports: readonly CargoReport[]): string {
  const rows = reports.flatMap((report) =>
    report.consignments.map((consignment) => {
      const consignee = consignment.parties.find((party) => party.role === 'CN');
      const values: Record<(typeof CSV_MANIFEST_COLUMNS)[number], string | number | undefined> = {
        report: report.documentNumber ?? report.messageReference,
        arrival_date: report.transport[0]?.arrivalDate ?? report.issueDate,
        transport_document: consignment.transportDocument.number,
        containers: consignment.containerIds.join(' '),
        consignee_name: consignee?.name,
        consignee_id: consignee?.id,
        hs_codes: [...new Set(consignment.goodsItems.flatMap((item) => item.hsCodes))].join(' '),
        gross_mass_kg: consignment.grossMassKg,
        packages: packages(consignment),
        dispatch_country: consignment.dispatchCountryCode,
      };
      return CSV_MANIFEST_COLUMNS.map((column) => field(values[column])).join(',');
    }),
  );
  return `${[CSV_MANIFEST_COLUMNS.join(','), ...rows].join('\n')}\n`;
}
