import { CodeLists } from './code-lists.js';
import { CountryCodes } from './country-codes.js';
import { CurrencyCodes } from './currency-codes.js';
import { HsNomenclature } from './hs-nomenclature.js';
import type { ReferenceTables } from './reference-tables.js';

/** Every lookup the validation rules need, built once from the bundled reference tables. */
export interface ReferenceData {
  hs: HsNomenclature;
  countries: CountryCodes;
  currencies: CurrencyCodes;
  codeLists: CodeLists;
}

/** Builds the lookups from already-parsed rows (see src/reference-data for the file loader). */
export function createReferenceData(tables: ReferenceTables): ReferenceData {
  return {
    hs: new HsNomenclature({
      editions: { HS2017: tables.hs2017, HS2022: tables.hs2022 },
      sections: tables.sections,
      synonyms: tables.codeLists.descriptionSynonyms.synonyms,
    }),
    countries: new CountryCodes(tables.countries),
    currencies: new CurrencyCodes(tables.currencies),
    codeLists: new CodeLists(tables.codeLists),
  };
}
