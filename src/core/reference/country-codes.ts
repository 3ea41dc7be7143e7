import type { CountryRow } from './reference-tables.js';

export type CountryStatus = 'valid' | 'placeholder' | 'unknown';

/**
 * `ZZ` and `XX` are not countries but are used (ISO 3166 user-assigned range; the Korean
 * sample data uses ZZ) when the country is not known: legal to send, worth a warning.
 */
const PLACEHOLDERS = new Map([
  ['ZZ', 'unknown country'],
  ['XX', 'unknown country'],
]);

/** Codes people write for a country that are not its ISO alpha-2 code. */
const ALIASES = new Map([
  ['UK', 'GB'],
  ['EL', 'GR'],
]);

/** ISO 3166-1 alpha-2 country codes and names. */
export class CountryCodes {
  private readonly names = new Map<string, string>();
  private readonly byAlpha3 = new Map<string, string>();
  /** Valid codes as a 26 × 26 table of capital-letter pairs, for checks that must not allocate. */
  private readonly pairs = new Uint8Array(26 * 26);

  constructor(rows: readonly CountryRow[]) {
    for (const row of rows) {
      if (row.alpha2.length !== 2) continue;
      this.names.set(row.alpha2, row.name);
      if (row.alpha3) this.byAlpha3.set(row.alpha3, row.alpha2);
      const pair = pairIndex(row.alpha2, 0);
      if (pair >= 0) this.pairs[pair] = 1;
    }
  }

  /** The valid alpha-2 code someone probably meant by an invalid one (`uk`, `DEU`, ` cn`), if any. */
  suggest(code: string): string | undefined {
    const upper = code.trim().toUpperCase();
    const candidate = ALIASES.get(upper) ?? this.byAlpha3.get(upper) ?? upper;
    return candidate !== code && this.names.has(candidate) ? candidate : undefined;
  }

  status(code: string): CountryStatus {
    if (this.names.has(code)) return 'valid';
    return PLACEHOLDERS.has(code) ? 'placeholder' : 'unknown';
  }

  isValid(code: string): boolean {
    return this.names.has(code);
  }

  /** Whether the two characters of `text` at `offset` are a valid code (`GB` in `GB123456789000`). */
  isValidAt(text: string, offset: number): boolean {
    const pair = pairIndex(text, offset);
    return pair >= 0 && this.pairs[pair] === 1;
  }

  isPlaceholder(code: string): boolean {
    return PLACEHOLDERS.has(code);
  }

  /** Name of a country (or of a placeholder), for messages. */
  name(code: string): string | undefined {
    return this.names.get(code) ?? PLACEHOLDERS.get(code);
  }

  get size(): number {
    return this.names.size;
  }
}

/** Index of two capital letters in the 26 × 26 table, or -1. */
function pairIndex(text: string, offset: number): number {
  const first = text.charCodeAt(offset) - 65;
  const second = text.charCodeAt(offset + 1) - 65;
  return first >= 0 && first < 26 && second >= 0 && second < 26 ? first * 26 + second : -1;
}
