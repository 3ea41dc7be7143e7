import type { CodeListFiles } from './reference-tables.js';
import { words } from './text-tokens.js';

const MEMO_SIZE = 10_000;

export type DeclarationKind = 'import' | 'export' | 'request';
/** How much data a declaration type must carry: a full data set, a simplified one, a summary, or a request about another declaration. */
export type DataSet = 'full' | 'simplified' | 'summary' | 'request';

export interface DeclarationTypeInfo {
  kind: DeclarationKind;
  dataSet: DataSet;
  name: string;
}

/** The small code lists of `reference/codes/`: transport modes, message functions, declaration types, vague terms, preferences. */
export class CodeLists {
  private readonly vaguePhrases: Set<string>;
  private readonly vagueWords = new Set<string>();
  private readonly fillers: Set<string>;
  private readonly transportModes: Map<string, string>;
  private readonly messageFunctions: Map<string, { name: string; amends: boolean }>;
  private readonly declarationTypes = new Map<string, DeclarationTypeInfo | undefined>();
  private readonly vagueMemo = new Map<string, boolean>();

  constructor(private readonly files: CodeListFiles) {
    this.transportModes = new Map(Object.entries(files.transportModes.codes));
    this.messageFunctions = new Map(Object.entries(files.messageFunctions.codes));
    const terms = Object.values(files.vagueDescriptions.terms).flat();
    this.vaguePhrases = new Set(terms.map((term) => term.toLowerCase()));
    this.fillers = new Set(files.vagueDescriptions.fillers.flatMap((filler) => words(filler)));
    for (const term of terms) for (const word of words(term)) if (!this.fillers.has(word)) this.vagueWords.add(word);
  }

  /** UN/ECE Recommendation 19 mode name, or undefined for an unknown code. */
  transportMode(code: string): string | undefined {
    return this.transportModes.get(code);
  }

  transportModeCodes(): string[] {
    return Object.keys(this.files.transportModes.codes);
  }

  messageFunction(code: string): { name: string; amends: boolean } | undefined {
    return this.messageFunctions.get(code);
  }

  messageFunctionCodes(): string[] {
    return Object.keys(this.files.messageFunctions.codes);
  }

  /** `IM`, `IMA`, `EXD`, `COR`, ... → what kind of declaration it is, or undefined when unknown. */
  declarationType(code: string): DeclarationTypeInfo | undefined {
    if (this.declarationTypes.has(code)) return this.declarationTypes.get(code);
    const info = this.parseDeclarationType(code);
    // Bounded: codes are at most three characters long.
    if (code.length <= 3) this.declarationTypes.set(code, info);
    return info;
  }

  private parseDeclarationType(code: string): DeclarationTypeInfo | undefined {
    const { types, additionalTypes, requests } = this.files.declarationTypes;
    const request = requests[code];
    if (request) return { kind: 'request', dataSet: 'request', name: request.name };
    const type = code.length >= 2 ? types[code.slice(0, 2)] : undefined;
    if (!type || code.length > 3) return undefined;
    if (code.length === 2) return { kind: type.kind, dataSet: 'full', name: type.name };
    const additional = additionalTypes[code.charAt(2)];
    if (!additional) return undefined;
    return { kind: type.kind, dataSet: additional.dataSet, name: `${type.name}, ${additional.name}` };
  }

  declarationTypeExamples(): string[] {
    const { types, additionalTypes, requests } = this.files.declarationTypes;
    const prefixes = Object.keys(types);
    return [...prefixes.flatMap((p) => Object.keys(additionalTypes).map((a) => p + a)), ...Object.keys(requests)];
  }

  /** True when every word of a goods description is a generic term ("gift", "spare parts", "various goods"). */
  isVagueDescription(description: string): boolean {
    let vague = this.vagueMemo.get(description);
    if (vague === undefined) {
      vague = this.judgeVague(description);
      // Descriptions repeat (the same product, shipment after shipment): remember a bounded number.
      if (this.vagueMemo.size >= MEMO_SIZE) this.vagueMemo.clear();
      this.vagueMemo.set(description, vague);
    }
    return vague;
  }

  private judgeVague(description: string): boolean {
    const normalised = description.trim().toLowerCase();
    if (this.vaguePhrases.has(normalised)) return true;
    let vague = false;
    for (const word of words(normalised)) {
      if (this.vagueWords.has(word)) vague = true;
      else if (!this.fillers.has(word)) return false;
    }
    return vague;
  }

  /** A duty regime code (WCO 164) that claims a tariff preference. */
  isPreferentialRegime(code: string): boolean {
    return this.files.preferences.preferentialDutyRegimePrefixes[code.charAt(0)] !== undefined;
  }

  /** A document that proves preferential origin (certificate of origin, EUR.1, statement on origin...). */
  isOriginProof(document: { categoryCode?: string; typeCode?: string }): boolean {
    const { originProofDocumentTypes, originProofDocumentCategories } = this.files.preferences;
    const type = document.typeCode ?? '';
    const category = document.categoryCode ?? '';
    if (originProofDocumentTypes[type] !== undefined) return true;
    if (category && originProofDocumentCategories[category] !== undefined) return true;
    // A full code in the type field: `N954`, `U110`.
    return (
      type.length === 4 &&
      (originProofDocumentTypes[type.slice(1)] !== undefined ||
        originProofDocumentCategories[type.charAt(0)] !== undefined)
    );
  }
}
