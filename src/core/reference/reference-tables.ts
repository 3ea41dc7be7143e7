/** One row of a bundled HS nomenclature file (`reference/hs/harmonized-system-hs20xx.csv`). */
export interface HsRow {
  /** Roman numeral I-XXI; `TOTAL` marks UN Comtrade aggregates that are not HS codes. */
  section: string;
  hscode: string;
  description: string;
  parent: string;
  /** 2, 4 or 6 digits; 5 for the Comtrade `TOTAL` row. */
  level: number;
}

export interface SectionRow {
  section: string;
  name: string;
}

export interface CountryRow {
  alpha2: string;
  alpha3: string;
  name: string;
}

export interface CurrencyRow {
  entity: string;
  currency: string;
  code: string;
  /** `YYYY-MM` or `YYYY-MM-DD` (sometimes a range) when the code was withdrawn; empty when current. */
  withdrawalDate: string;
}

/** The small JSON code lists in `reference/codes/`, as parsed. */
export interface CodeListFiles {
  transportModes: { source: string; codes: Record<string, string> };
  messageFunctions: { source: string; codes: Record<string, { name: string; amends: boolean }> };
  declarationTypes: {
    source: string;
    types: Record<string, { name: string; kind: 'import' | 'export' }>;
    additionalTypes: Record<string, { name: string; dataSet: 'full' | 'simplified' | 'summary' }>;
    requests: Record<string, { name: string }>;
  };
  vagueDescriptions: { source: string; terms: Record<string, string[]>; fillers: string[] };
  descriptionSynonyms: { source: string; synonyms: Record<string, string[]> };
  preferences: {
    source: string;
    preferentialDutyRegimePrefixes: Record<string, string>;
    originProofDocumentTypes: Record<string, string>;
    originProofDocumentCategories: Record<string, string>;
  };
}

/** Everything the reference lookups are built from, already parsed (the core does no I/O). */
export interface ReferenceTables {
  hs2017: HsRow[];
  hs2022: HsRow[];
  sections: SectionRow[];
  countries: CountryRow[];
  currencies: CurrencyRow[];
  codeLists: CodeListFiles;
}
