const SUSPECT = /[\0\uD800-\uDFFF]/;
const NUL = /\0/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as both engines can store and compare it: PostgreSQL text cannot hold NUL (SQLite
 * functions stop at it), and an unpaired surrogate has no UTF-8 form (drivers and SQLite's
 * JSON functions each replace it their own way). Every text column holds U+FFFD instead,
 * and every lookup applies the same mapping; JSON documents keep the original, escaped.
 */
export function textColumn(value: string): string {
  if (!SUSPECT.test(value)) return value;
  return value.replace(NUL, '\uFFFD').replace(LONE_SURROGATE, '\uFFFD');
}
