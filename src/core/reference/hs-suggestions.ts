import type { HsNomenclature } from './hs-nomenclature.js';
import { HS_VERSIONS, type HsVersion } from './hs-version.js';

export type HsSuggestionReason =
  | 'format'
  | 'leading-zero'
  | 'other-edition'
  | 'same-heading'
  | 'same-chapter'
  | 'description';

export interface HsSuggestion {
  code: string;
  description: string;
  reason: HsSuggestionReason;
}

export interface HsSuggestionRequest {
  /** The code as declared. */
  code: string;
  /** The edition the code should be valid in. */
  version: HsVersion;
  /** The declared goods description, used to rank candidates and to find codes by words. */
  goodsDescription?: string;
  /** Default 5. */
  limit?: number;
}

const SEPARATORS = /[\s.\-/]/g;
const PER_GROUP = 3;

/**
 * Candidates drawn, in turn, from: the code with separators removed or a lost leading zero
 * restored; its successors when it belongs to the other edition (same heading, ranked by the
 * words of the old description); the same heading (or chapter); and the goods description.
 */
export function suggestHsCodes(hs: HsNomenclature, request: HsSuggestionRequest): HsSuggestion[] {
  const { version } = request;
  const text = request.goodsDescription?.trim() ?? '';
  const cleaned = request.code.replace(SEPARATORS, '');
  const digitsOnly = /^\d+$/.test(cleaned);
  const groups: { codes: string[]; reason: HsSuggestionReason }[] = [];
  if (cleaned !== request.code && hs.isValid(cleaned, version)) groups.push({ codes: [cleaned], reason: 'format' });
  if (digitsOnly && cleaned.length % 2 === 1 && hs.isValid(`0${cleaned}`, version))
    groups.push({ codes: [`0${cleaned}`], reason: 'leading-zero' });
  if (digitsOnly) {
    groups.push({ codes: successors(hs, cleaned, { version, text }), reason: 'other-edition' });
    groups.push(neighbours(hs, cleaned, { version, text }));
  }
  if (text) groups.push({ codes: hs.descriptionIndex(version).search(text, PER_GROUP).map((m) => m.code), reason: 'description' });
  return interleave(hs, groups, { version, limit: request.limit ?? 5, declared: request.code });
}

interface Scope {
  version: HsVersion;
  text: string;
}

/** An HS6 of the other edition: the subheadings of the same heading in this edition, closest wording first. */
function successors(hs: HsNomenclature, code: string, { version, text }: Scope): string[] {
  if (code.length < 6) return [];
  const hs6 = code.slice(0, 6);
  for (const other of HS_VERSIONS) {
    if (other === version) continue;
    const old = hs.lookup(hs6, other);
    if (!old) continue;
    const candidates = hs.childrenOf(hs6.slice(0, 4), version);
    const words = `${old.description} ${text}`;
    if (candidates.length === 0) return hs.descriptionIndex(version).search(words, PER_GROUP).map((m) => m.code);
    return hs.descriptionIndex(version).rankCandidates(words, candidates).slice(0, PER_GROUP);
  }
  return [];
}

function neighbours(hs: HsNomenclature, code: string, { version, text }: Scope) {
  const heading = hs.childrenOf(code.slice(0, 4), version);
  if (code.length >= 4 && heading.length > 0)
    return { codes: closest(hs, heading, { version, text, code }), reason: 'same-heading' as const };
  const chapter = hs.childrenOf(code.slice(0, 2), version).flatMap((h) => hs.childrenOf(h, version));
  return { codes: closest(hs, chapter, { version, text, code }), reason: 'same-chapter' as const };
}

/** By the goods description when there is one, else by numeric distance to the declared code. */
function closest(hs: HsNomenclature, candidates: readonly string[], scope: Scope & { code: string }): string[] {
  if (scope.text) return hs.descriptionIndex(scope.version).rankCandidates(scope.text, candidates).slice(0, PER_GROUP);
  const target = Number(scope.code.slice(0, 6).padEnd(6, '0'));
  return [...candidates]
    .sort((a, b) => Math.abs(Number(a) - target) - Math.abs(Number(b) - target) || a.localeCompare(b))
    .slice(0, PER_GROUP);
}

function interleave(
  hs: HsNomenclature,
  groups: { codes: string[]; reason: HsSuggestionReason }[],
  { version, limit, declared }: { version: HsVersion; limit: number; declared: string },
): HsSuggestion[] {
  const result: HsSuggestion[] = [];
  const seen = new Set<string>([declared]);
  for (let round = 0; round < PER_GROUP && result.length < limit; round++) {
    for (const group of groups) {
      const code = group.codes[round];
      if (code === undefined || seen.has(code) || result.length >= limit) continue;
      const entry = hs.lookup(code, version);
      if (!entry) continue;
      seen.add(code);
      result.push({ code, description: entry.description, reason: group.reason });
    }
  }
  return result;
}
