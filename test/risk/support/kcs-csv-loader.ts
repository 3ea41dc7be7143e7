import { readFileSync } from 'node:fs';
import type { Declaration } from '../../../src/core/model/declaration-schema.js';
import type { InspectionOutcome } from '../../../src/core/model/record.js';

/**
 * TEMPORARY: builds canonical declarations from the Korean customs CSV until the real decoder
 * (src/formats/csv with mappings/kcs-customs-declarations.json) lands. It maps the columns to
 * the same canonical fields that mapping does; the risk engine only ever sees `Declaration`.
 */
export interface LoadedDeclaration {
  declaration: Declaration;
  outcome?: InspectionOutcome;
}

function opt(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function num(value: string | undefined): number | undefined {
  return value === undefined || value === '' ? undefined : Number(value);
}

function party(id: string | undefined): { id: string } | undefined {
  const value = opt(id);
  return value === undefined ? undefined : { id: value };
}

function rowToDeclaration(row: Record<string, string>): Declaration {
  const mode = opt(row['Mode of Transport']);
  return {
    functionCode: '9',
    functionalReferenceId: row['Declaration ID'],
    issueDate: row['Date'],
    declarationOfficeId: opt(row['Office ID']),
    nationalCodes: {
      processType: row['Process Type'] ?? '',
      importType: row['Import Type'] ?? '',
      importUse: row['Import Use'] ?? '',
      paymentType: row['Payment Type'] ?? '',
    },
    parties: {
      declarant: party(row['Declarant ID']),
      importer: party(row['Importer ID']),
      seller: party(row['Seller ID']),
      carrier: party(row['Courier ID']),
    },
    transport: mode === undefined ? {} : { border: { modeCode: mode } },
    consignment: { exportCountryCode: opt(row['Country of Departure']) },
    goodsItems: [
      {
        sequence: 1,
        classifications: [{ id: row['HS6 Code'] ?? '', identificationTypeCode: 'HS' }],
        originCountryCode: opt(row['Country of Origin']),
        originTypeCode: opt(row['Country of Origin Indicator']),
        netMassKg: num(row['Net Mass']),
        itemPrice: num(row['Item Price']),
        currencyCode: 'KRW',
        dutyTaxFees: [{ rate: num(row['Tax Rate']), dutyRegimeCode: opt(row['Tax Type']) }],
      },
    ],
  };
}

function rowOutcome(row: Record<string, string>): InspectionOutcome | undefined {
  if (row['Fraud'] === undefined || row['Fraud'] === '') return undefined;
  return {
    fraud: row['Fraud'] === '1' ? 1 : 0,
    criticalFraud: Number(row['Critical Fraud'] ?? row['Fraud']) as 0 | 1 | 2,
  };
}

export function loadKcsCsv(path: string): LoadedDeclaration[] {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
  const header = (lines[0] ?? '').split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = cells[i] ?? ''));
    const outcome = rowOutcome(row);
    const declaration = rowToDeclaration(row);
    return outcome ? { declaration, outcome } : { declaration };
  });
}
