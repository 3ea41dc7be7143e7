import type { HsDescriptionIndex } from '../../reference/hs-description-index.js';

/** A word found in more chapters than this says little about which chapter the goods belong to. */
const TELLING_CHAPTERS = 3;

/** Words about form, packing or quantity, not about what the goods are ("MOU bulk" is not chocolate). */
const FORM_WORDS = new Set(
  'bulk pack packed packing package form piece lot unit set kit mixed assorted size retail sale shipment'.split(' '),
);

/**
 * The chapters a goods description points to when it clearly contradicts the declared chapter:
 * no word of the description occurs anywhere in the declared chapter, and the telling words
 * (found in at most three chapters) agree on at least one other chapter. Otherwise undefined:
 * a false alarm costs the shipper more than a missed hint.
 */
export function conflictingChapters(
  index: HsDescriptionIndex,
  description: string,
  declaredChapter: string,
): string[] | undefined {
  let common: Set<string> | undefined;
  for (const { word, chapters } of index.wordChapters(description)) {
    if (FORM_WORDS.has(word)) continue;
    if (chapters.has(declaredChapter)) return undefined;
    if (chapters.size > TELLING_CHAPTERS) continue;
    common = common ? new Set([...common].filter((chapter) => chapters.has(chapter))) : new Set(chapters);
  }
  return common && common.size > 0 ? [...common].sort() : undefined;
}
