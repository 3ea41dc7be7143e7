import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReferenceData, type ReferenceData } from '../core/reference/reference-data.js';
import type { CodeListFiles, HsRow, ReferenceTables } from '../core/reference/reference-tables.js';
import { readCsvTable, tableObjects } from './csv-table.js';
import {
  REFERENCE_CSV_FILES,
  REFERENCE_JSON_FILES,
  ReferenceDataError,
  type ReferenceFileSpec,
} from './reference-files.js';

/** The bundled `reference/` folder: two levels up from this file, both in src/ (tsx) and in dist/. */
export function defaultReferenceRoot(): string {
  return fileURLToPath(new URL('../../reference/', import.meta.url));
}

export interface LoadReferenceOptions {
  /** Folder laid out like `reference/`; default the bundled one. */
  root?: string;
}

const loaded = new Map<string, ReferenceData>();

/** Reads and builds the reference data once per folder; later calls return the same object. */
export function loadReferenceData(options: LoadReferenceOptions = {}): ReferenceData {
  const root = options.root ?? defaultReferenceRoot();
  let data = loaded.get(root);
  if (!data) {
    data = createReferenceData(loadReferenceTables(root));
    loaded.set(root, data);
  }
  return data;
}

/** Parses every bundled file, checking columns and row counts; throws ReferenceDataError when one is unusable. */
export function loadReferenceTables(root: string = defaultReferenceRoot()): ReferenceTables {
  const csv = (spec: ReferenceFileSpec) => readReferenceCsv(root, spec);
  return {
    hs2017: csv(REFERENCE_CSV_FILES.hs2017).map(toHsRow),
    hs2022: csv(REFERENCE_CSV_FILES.hs2022).map(toHsRow),
    sections: csv(REFERENCE_CSV_FILES.sections).map((row) => ({ section: row.section!, name: row.name! })),
    countries: csv(REFERENCE_CSV_FILES.countries).map((row) => ({
      alpha2: row['ISO3166-1-Alpha-2']!,
      alpha3: row['ISO3166-1-Alpha-3']!,
      name: row['CLDR display name'] || row.official_name_en || row['ISO3166-1-Alpha-2']!,
    })),
    currencies: csv(REFERENCE_CSV_FILES.currencies).map((row) => ({
      entity: row.Entity!,
      currency: row.Currency!,
      code: row.AlphabeticCode!,
      withdrawalDate: row.WithdrawalDate!,
    })),
    codeLists: readCodeLists(root),
  };
}

/** One reference CSV as objects, after checking its columns and row count. */
export function readReferenceCsv(root: string, spec: ReferenceFileSpec): Record<string, string>[] {
  const table = readCsvTable(readText(join(root, spec.path)));
  const missing = spec.columns.filter((column) => !table.header.includes(column));
  if (missing.length > 0)
    throw new ReferenceDataError('missing-column', `${spec.path} lacks column(s) ${missing.join(', ')}`);
  if (table.rows.length < spec.minRows)
    throw new ReferenceDataError(
      'too-few-rows',
      `${spec.path} has ${table.rows.length} rows, expected at least ${spec.minRows}`,
    );
  return tableObjects(table);
}

function readCodeLists(root: string): CodeListFiles {
  const json = (path: string): unknown => {
    try {
      return JSON.parse(readText(join(root, path)));
    } catch (cause) {
      if (cause instanceof ReferenceDataError) throw cause;
      throw new ReferenceDataError('bad-json', `${path} is not valid JSON`, { cause });
    }
  };
  const files = REFERENCE_JSON_FILES;
  // Shapes are checked by test/reference: these files ship with the code, they are not input.
  return {
    transportModes: json(files.transportModes),
    messageFunctions: json(files.messageFunctions),
    declarationTypes: json(files.declarationTypes),
    vagueDescriptions: json(files.vagueDescriptions),
    preferences: json(files.preferences),
    descriptionSynonyms: json(files.descriptionSynonyms),
  } as CodeListFiles;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ReferenceDataError('missing-file', `cannot read reference file ${path}`, { cause });
  }
}

function toHsRow(row: Record<string, string>): HsRow {
  return {
    section: row.section!,
    hscode: row.hscode!,
    description: row.description!,
    parent: row.parent!,
    level: Number(row.level),
  };
}
