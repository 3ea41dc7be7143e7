/**
 * Index of the first byte that does not start a valid UTF-8 sequence (WHATWG rules:
 * no overlongs, no surrogates, nothing above U+10FFFF), or -1. A sequence cut short by
 * `end` counts as invalid only when `final`; otherwise its start is returned as `incompleteAt`.
 */
export interface Utf8Scan {
  invalidAt: number;
  /** Start of a trailing sequence that the next chunk may complete; -1 when none. */
  incompleteAt: number;
}

export function scanUtf8(bytes: Uint8Array, start = 0, end = bytes.length): Utf8Scan {
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(b);
    if (length === 0) return { invalidAt: i, incompleteAt: -1 };
    if (i + length > end) {
      return continuationsValid(bytes, i, end)
        ? { invalidAt: -1, incompleteAt: i }
        : { invalidAt: i, incompleteAt: -1 };
    }
    if (!continuationsValid(bytes, i, i + length)) return { invalidAt: i, incompleteAt: -1 };
    i += length;
  }
  return { invalidAt: -1, incompleteAt: -1 };
}

/** First invalid byte, treating a cut sequence at the end as invalid. */
export function findInvalidUtf8(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const scan = scanUtf8(bytes, start, end);
  return scan.invalidAt >= 0 ? scan.invalidAt : scan.incompleteAt;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Checks the bytes after a lead byte, with the narrowed second-byte ranges that rule out overlongs and surrogates. */
function continuationsValid(bytes: Uint8Array, at: number, end: number): boolean {
  const lead = bytes[at]!;
  for (let k = at + 1; k < end; k++) {
    const b = bytes[k]!;
    let low = 0x80;
    let high = 0xbf;
    if (k === at + 1) {
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
      else if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    }
    if (b < low || b > high) return false;
  }
  return true;
}
