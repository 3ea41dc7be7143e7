const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit above ASCII: 0 not yet known, 1 part of a word, 2 not. Filled on first sight. */
const NON_ASCII = new Uint8Array(65_536);

/**
 * Words that carry no meaning for matching goods to HS descriptions: English function words and
 * the nomenclature's own filler ("other", "n.e.c.", "whether or not", "of a kind used ...").
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be being by for from in into its it of on or other others than that the their ' +
    'these this those to with without whether not nor no nos nes nec n e c i ii iii etc such which ' +
    'kind kinds used use principally solely mainly chiefly exceeding less more but including excluding ' +
    'included elsewhere specified heading headings subheading chapter chapters put up form forms ' +
    'containing contained weight kg g cm mm m type types purpose purposes part parts thereof article articles ' +
    'similar having has made materials material whole'
  ).split(' '),
);

/**
 * Lower-case words with English plural endings folded ("boxes" → "box", "batteries" →
 * "battery", "shoes" → "shoe"): enough to match "shoes" with "footwear; ... shoe ...",
 * cheaper and more predictable than a stemmer.
 */
export function foldWord(word: string): string {
  const length = word.length;
  if (length <= 3 || word.charCodeAt(length - 1) !== 115 /* s */) return word;
  if (word.endsWith('ies') && length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses') || word.endsWith('ches') || word.endsWith('shes') || word.endsWith('xes'))
    return word.slice(0, -2);
  if (word.endsWith('oes') && length > 5) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  return word.slice(0, -1);
}

/** Folded words (letters and digits, any script) of a text, in order, duplicates kept; numbers dropped. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const result: string[] = [];
  let start = -1;
  for (let index = 0; index <= lower.length; index++) {
    if (index < lower.length && isWordChar(lower.charCodeAt(index))) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      const first = lower.charCodeAt(start);
      if (first < 48 || first > 57) result.push(foldWord(lower.slice(start, index)));
      start = -1;
    }
  }
  return result;
}

/** Hand-rolled rather than a global Unicode regex: this runs over every HS text when the index is built. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  // Surrogate halves belong to characters outside the BMP (CJK extensions): keep them in words.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let known = NON_ASCII[code]!;
  if (known === 0) NON_ASCII[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Distinct meaningful words of a text (stop words and one-letter words removed). */
export function contentWords(text: string): string[] {
  const result = new Set<string>();
  for (const word of words(text)) if (word.length > 1 && !STOP_WORDS.has(word)) result.add(word);
  return [...result];
}
