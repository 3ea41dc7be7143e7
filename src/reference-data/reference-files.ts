/** What a bundled reference CSV must look like; shared by the loader and scripts/update-reference.ts. */
export interface ReferenceFileSpec {
  /** Relative to the `reference/` folder. */
  path: string;
  columns: string[];
  /** Fewer rows than this means a truncated or wrong file. */
  minRows: number;
  /** Column that identifies a row, for the added/removed summary of an update. */
  key: string;
}

const HS_COLUMNS = ['section', 'hscode', 'description', 'parent', 'level'];

export const REFERENCE_CSV_FILES = {
  hs2017: { path: 'hs/harmonized-system-hs2017.csv', columns: HS_COLUMNS, minRows: 6000, key: 'hscode' },
  hs2022: { path: 'hs/harmonized-system-hs2022.csv', columns: HS_COLUMNS, minRows: 6000, key: 'hscode' },
  sections: { path: 'hs/sections.csv', columns: ['section', 'name'], minRows: 21, key: 'section' },
  countries: {
    path: 'country/country-codes.csv',
    columns: ['ISO3166-1-Alpha-2', 'ISO3166-1-Alpha-3', 'CLDR display name', 'official_name_en'],
    minRows: 240,
    key: 'ISO3166-1-Alpha-2',
  },
  currencies: {
    path: 'currency/codes-all.csv',
    columns: ['Entity', 'Currency', 'AlphabeticCode', 'WithdrawalDate'],
    minRows: 300,
    key: 'AlphabeticCode',
  },
} satisfies Record<string, ReferenceFileSpec>;

export const REFERENCE_JSON_FILES = {
  transportModes: 'codes/transport-modes.json',
  messageFunctions: 'codes/message-functions.json',
  declarationTypes: 'codes/declaration-types.json',
  vagueDescriptions: 'codes/vague-descriptions.json',
  preferences: 'codes/preferences.json',
  descriptionSynonyms: 'codes/description-synonyms.json',
} as const;

export type ReferenceDataErrorCode = 'missing-file' | 'missing-column' | 'too-few-rows' | 'bad-json';

/** The bundled reference data cannot be used: a deployment fault, not a finding. */
export class ReferenceDataError extends Error {
  override readonly name = 'ReferenceDataError';

  constructor(
    readonly code: ReferenceDataErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
