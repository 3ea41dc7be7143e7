import type { CargoConsignment, CargoReport } from '../core/model/cargo-report.js';

/**
 * A cargo report from a plain CSV manifest, one row per consignment, with the header
 * `report,arrival_date,transport_document,containers,consignee_name,consignee_id,hs_codes,gross_mass_kg,packages,dispatch_country`
 * (containers and HS codes separated by spaces). Rows of one `report` make one report.
 */
export const CSV_MANIFEST_COLUMNS = [
  'report',
  'arrival_date',
  'transport_document',
  'containers',
  'consignee_name',
  'consignee_id',
  'hs_codes',
  'gross_mass_kg',
  'packages',
  'dispatch_country',
] as const;

export interface CsvManifestProblem {
  line: number;
  column?: string;
  message: string;
}

function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') [fields[fields.length], field] = [field, ''];
    else field += char;
  }
  fields.push(field);
  return fields;
}

function number(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : Number.NaN;
}

function consignmentOf(row: Record<string, string>, index: number): CargoConsignment {
  const gross = number(row.gross_mass_kg);
  const packages = number(row.packages);
  const containers = (row.containers ?? '').split(/\s+/).filter(Boolean);
  return {
    consolidationItemNumber: index + 1,
    transportDocument: {
      qualifier: 'BM',
      kind: 'bill-of-lading',
      ...(row.transport_document ? { number: row.transport_document } : {}),
    },
    references: [],
    locations: [],
    parties:
      row.consignee_name || row.consignee_id
        ? [
            {
              role: 'CN',
              ...(row.consignee_id ? { id: row.consignee_id } : {}),
              ...(row.consignee_name ? { name: row.consignee_name } : {}),
            },
          ]
        : [],
    transport: [],
    goodsItems: [
      {
        sequence: 1,
        packages: packages === undefined ? [] : [{ count: packages }],
        texts: [],
        ...(gross === undefined ? {} : { grossMassKg: gross }),
        measures: [],
        containerIds: containers,
        hsCodes: (row.hs_codes ?? '').split(/\s+/).filter(Boolean),
        marks: [],
        dangerousGoods: [],
      },
    ],
    containerIds: containers,
    ...(gross === undefined ? {} : { grossMassKg: gross }),
    totals: [],
    ...(row.dispatch_country ? { dispatchCountryCode: row.dispatch_country } : {}),
  };
}

/** Reads a CSV manifest; bad rows become problems (line and column) and the rest goes on. */
export function readCsvManifest(text: string): { reports: CargoReport[]; problems: CsvManifestProblem[] } {
  const lines = text.split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim().toLowerCase());
  const missing = CSV_MANIFEST_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0)
    return {
      reports: [],
      problems: [{ line: 1, message: `the manifest header lacks the column(s) ${missing.join(', ')}` }],
    };
  const reports = new Map<string, CargoReport>();
  const problems: CsvManifestProblem[] = [];
  lines.slice(1).forEach((line, offset) => {
    if (line.trim() === '') return;
    const fields = splitCsvLine(line);
    const row = Object.fromEntries(header.map((name, i) => [name, (fields[i] ?? '').trim()]));
    const bad = (['gross_mass_kg', 'packages'] as const).find((column) => Number.isNaN(number(row[column])));
    if (bad) {
      problems.push({
        line: offset + 2,
        column: bad,
        message: `line ${offset + 2}, column ${bad}: '${row[bad]}' is not a number`,
      });
      return;
    }
    const id = row.report || 'manifest';
    let report = reports.get(id);
    if (!report) {
      const arrival = row.arrival_date ?? '';
      report = {
        messageReference: id,
        documentNumber: id,
        references: [],
        parties: [],
        transport: [{ locations: [], dates: [], ...(arrival ? { arrivalDate: arrival } : {}) }],
        equipment: [],
        consignments: [],
        totals: [],
      };
      reports.set(id, report);
    }
    report.consignments.push(consignmentOf(row, report.consignments.length));
  });
  return { reports: [...reports.values()], problems };
}
