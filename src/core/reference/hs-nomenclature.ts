import { HsDescriptionIndex } from './hs-description-index.js';
import { suggestHsCodes, type HsSuggestion, type HsSuggestionRequest } from './hs-suggestions.js';
import { HS_VERSIONS, type HsVersion } from './hs-version.js';
import type { HsRow, SectionRow } from './reference-tables.js';

/** A chapter (2 digits), heading (4) or subheading (6) of one HS edition. */
export interface HsEntry {
  code: string;
  description: string;
  level: 2 | 4 | 6;
  /** Roman numeral of the HS section. */
  section: string;
}

export interface HsNomenclatureOptions {
  editions: Record<HsVersion, readonly HsRow[]>;
  sections?: readonly SectionRow[];
  /** Everyday words → HS words, for matching goods descriptions (reference/codes/description-synonyms.json). */
  synonyms?: Record<string, string[]>;
}

interface Edition {
  entries: Map<string, HsEntry>;
  /** Heading (4 digits) → its subheadings; chapter (2) → its headings. */
  children: Map<string, string[]>;
  index?: HsDescriptionIndex;
}

/**
 * HS 2017 and HS 2022 lookups. A code is valid in an edition when it is a chapter, heading or
 * subheading of it, or a national code of 8 to 10 digits whose first six digits are a subheading
 * (national tariff lines extend HS6; only HS6 is harmonised).
 */
export class HsNomenclature {
  private readonly editions = new Map<HsVersion, Edition>();
  private readonly sectionNames: Map<string, string>;

  private readonly synonyms: Record<string, string[]>;

  constructor(options: HsNomenclatureOptions) {
    for (const version of HS_VERSIONS) this.editions.set(version, buildEdition(options.editions[version]));
    this.sectionNames = new Map((options.sections ?? []).map((row) => [row.section, row.name]));
    this.synonyms = options.synonyms ?? {};
  }

  isValid(code: string, version: HsVersion): boolean {
    return this.lookup(code, version) !== undefined;
  }

  /** The entry a code stands for: itself for 2/4/6 digits, its HS6 for an 8-10 digit national code. */
  lookup(code: string, version: HsVersion): HsEntry | undefined {
    const length = code.length;
    if (length !== 2 && length !== 4 && (length < 6 || length > 10 || length === 7)) return undefined;
    if (!isDigits(code)) return undefined;
    return this.edition(version).entries.get(length > 6 ? code.slice(0, 6) : code);
  }

  describe(code: string, version: HsVersion): string | undefined {
    return this.lookup(code, version)?.description;
  }

  /** Chapter, heading and subheading of a code, outermost first (only those that exist). */
  parents(code: string, version: HsVersion): HsEntry[] {
    const entries = this.edition(version).entries;
    const chain: HsEntry[] = [];
    for (const length of [2, 4, 6]) {
      const entry = code.length >= length ? entries.get(code.slice(0, length)) : undefined;
      if (entry) chain.push(entry);
    }
    return chain;
  }

  /** Subheadings of a heading, or headings of a chapter. */
  childrenOf(code: string, version: HsVersion): readonly string[] {
    return this.edition(version).children.get(code) ?? [];
  }

  sectionName(section: string): string | undefined {
    return this.sectionNames.get(section);
  }

  /** Word index over the edition's subheading descriptions; built on first use. */
  descriptionIndex(version: HsVersion): HsDescriptionIndex {
    const edition = this.edition(version);
    edition.index ??= new HsDescriptionIndex(indexEntries(edition), this.synonyms);
    return edition.index;
  }

  /** "Did you mean" candidates for a code that is not valid in `request.version`, best first. */
  suggest(request: HsSuggestionRequest): HsSuggestion[] {
    return suggestHsCodes(this, request);
  }

  private edition(version: HsVersion): Edition {
    return this.editions.get(version)!;
  }
}

export function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function buildEdition(rows: readonly HsRow[]): Edition {
  const entries = new Map<string, HsEntry>();
  const children = new Map<string, string[]>();
  for (const row of rows) {
    // UN Comtrade aggregates (TOTAL, 99 "not specified according to kind") are not HS codes.
    if (row.section === 'TOTAL' || !isDigits(row.hscode)) continue;
    const level = row.hscode.length;
    if (level !== 2 && level !== 4 && level !== 6) continue;
    entries.set(row.hscode, { code: row.hscode, description: row.description, level, section: row.section });
    if (level > 2) {
      const parent = row.hscode.slice(0, level - 2);
      const siblings = children.get(parent);
      if (siblings) siblings.push(row.hscode);
      else children.set(parent, [row.hscode]);
    }
  }
  return { entries, children };
}

function* indexEntries(edition: Edition) {
  for (const entry of edition.entries.values()) {
    if (entry.level !== 6) continue;
    yield {
      code: entry.code,
      description: entry.description,
      headingDescription: edition.entries.get(entry.code.slice(0, 4))?.description ?? '',
      chapterDescription: edition.entries.get(entry.code.slice(0, 2))?.description ?? '',
    };
  }
}
