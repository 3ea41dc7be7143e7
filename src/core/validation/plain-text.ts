import type { HsNomenclature } from '../reference/hs-nomenclature.js';
import type { HsVersion } from '../reference/hs-version.js';

const AMOUNT = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 4 });

/** A value as the shipper wrote it, in quotes, shortened when long. */
export function quoted(text: string): string {
  return `"${shorten(text.trim(), 60)}"`;
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** 1234567.891 → "1,235,000": enough digits to compare, not to audit. */
export function amount(value: number): string {
  return AMOUNT.format(value);
}

/** `851712 (Telephones for cellular networks…)`. */
export function codeWithDescription(code: string, description: string | undefined): string {
  return description ? `${code} (${shorten(description, 50)})` : code;
}

/** Codes with their descriptions in one edition, comma-separated. */
export function describeCodes(hs: HsNomenclature, codes: readonly string[], version: HsVersion): string {
  return codes.map((code) => codeWithDescription(code, hs.describe(code, version))).join(', ');
}

/** "1 goods item" / "3 goods items". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** First letter in capitals, for a label that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
