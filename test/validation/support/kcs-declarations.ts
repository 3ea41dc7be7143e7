import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Declaration } from '../../../src/core/model/declaration-schema.js';
import { readCsvTable } from '../../../src/reference-data/csv-table.js';

/** The bundled Korean sample declarations (data-samples/customs-declarations, see its README). */
export const KCS_FILES = ['df_syn_train_eng.csv', 'df_syn_valid_eng.csv'] as const;
const BUNDLED =
  process.env.KCS_DIR ?? fileURLToPath(new URL('../../../data-samples/customs-declarations/', import.meta.url));

export function kcsSamplesAvailable(): boolean {
  return KCS_FILES.every((file) => existsSync(BUNDLED + file));
}

/**
 * Rows of a bundled KCS file as canonical declarations, mapped the way
 * mappings/kcs-customs-declarations.json maps them (kept small and local so that the
 * validation tests do not depend on the CSV decoder).
 */
export function readKcsDeclarations(file: (typeof KCS_FILES)[number]): Declaration[] {
  const table = readCsvTable(readFileSync(BUNDLED + file, 'utf8'));
  const column = (name: string) => table.header.indexOf(name);
  const at = Object.fromEntries(table.header.map((name) => [name, column(name)]));
  return table.rows.map((row) => {
    const get = (name: string) => row[at[name]!] ?? '';
    const optional = (name: string) => (get(name) === '' ? undefined : get(name));
    const declaration: Declaration = {
      functionCode: '9',
      typeCode: 'IM',
      functionalReferenceId: get('Declaration ID'),
      issueDate: get('Date'),
      declarationOfficeId: get('Office ID'),
      nationalCodes: {
        processType: get('Process Type'),
        importType: get('Import Type'),
        importUse: get('Import Use'),
        paymentType: get('Payment Type'),
      },
      parties: {
        declarant: { id: get('Declarant ID') },
        importer: { id: get('Importer ID') },
        ...(optional('Seller ID') ? { seller: { id: get('Seller ID') } } : {}),
        ...(optional('Courier ID') ? { carrier: { id: get('Courier ID') } } : {}),
      },
      transport: { border: { modeCode: get('Mode of Transport') } },
      consignment: { exportCountryCode: get('Country of Departure') },
      goodsItems: [
        {
          sequence: 1,
          classifications: [{ id: get('HS6 Code').padStart(6, '0'), identificationTypeCode: 'HS' }],
          originCountryCode: get('Country of Origin'),
          originTypeCode: get('Country of Origin Indicator'),
          netMassKg: Number(get('Net Mass')),
          customsValue: Number(get('Item Price')),
          currencyCode: 'KRW',
          dutyTaxFees: [{ rate: Number(get('Tax Rate')), dutyRegimeCode: get('Tax Type') }],
        },
      ],
    };
    return declaration;
  });
}
