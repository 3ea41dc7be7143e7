import { optionalAt, type EdifactSegment } from '../syntax/edifact-segment.js';
import { parseEdifactNumber } from '../validation/value-format.js';

/** DTM C507 as ISO 8601 (formats 101, 102, 201, 203, 204; without 2379 the length decides); raw otherwise. */
export function dateOf(dtm: EdifactSegment): string | undefined {
  const value = optionalAt(dtm, 0, 1);
  if (value === undefined) return undefined;
  return isoDate(value, optionalAt(dtm, 0, 2));
}

const LENGTH_FORMATS: Record<number, string> = { 6: '101', 8: '102', 10: '201', 12: '203', 14: '204' };

export function isoDate(value: string, format?: string): string {
  const code = format ?? (/^\d+$/.test(value) ? LENGTH_FORMATS[value.length] : undefined);
  const century = (yy: string) => (Number(yy) < 50 ? `20${yy}` : `19${yy}`);
  const d = (s: string) => `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  if (!/^\d+$/.test(value)) return value;
  switch (code) {
    case '101':
      return value.length === 6 ? d(century(value.slice(0, 2)) + value.slice(2)) : value;
    case '102':
      return value.length === 8 ? d(value) : value;
    case '201':
      return value.length === 10
        ? `${d(century(value.slice(0, 2)) + value.slice(2, 6))}T${value.slice(6, 8)}:${value.slice(8)}`
        : value;
    case '203':
      return value.length === 12 ? `${d(value)}T${value.slice(8, 10)}:${value.slice(10)}` : value;
    case '204':
      return value.length === 14
        ? `${d(value)}T${value.slice(8, 10)}:${value.slice(10, 12)}:${value.slice(12)}`
        : value;
    case undefined:
    default:
      return value;
  }
}

/** ISO 8601 date or date-time (no zone) → DTM value and format; undefined when it is neither. */
export function edifactDate(iso: string): [value: string, format: string] | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso);
  if (!match) return undefined;
  const [, y, m, d, hh, mm, ss] = match;
  if (hh === undefined) return [`${y}${m}${d}`, '102'];
  if (ss === undefined) return [`${y}${m}${d}${hh}${mm}`, '203'];
  return [`${y}${m}${d}${hh}${mm}${ss}`, '204'];
}

/**
 * Joins text lines (FTX C108, NAD C080, PCI C210): a line that fills its field continues on the next one
 * without a space (senders cut long text at the field width, often mid-word), a shorter line ends a word.
 * A line's width is counted as sent: each of the `escaped` service characters took two characters.
 */
export function joinLines(lines: readonly string[], width: number, escaped = ''): string | undefined {
  let text = '';
  let previous: string | undefined;
  for (const line of lines) {
    if (line === '') continue;
    if (previous !== undefined) text += sentLength(previous, escaped) >= width ? '' : ' ';
    text += line;
    previous = line;
  }
  return text === '' ? undefined : text;
}

function sentLength(line: string, escaped: string): number {
  let length = line.length;
  if (escaped !== '') for (const c of line) if (escaped.includes(c)) length++;
  return length;
}

/** The characters a sender had to escape with the release character. */
export function escapedCharacters(separators: {
  component: string;
  element: string;
  segment: string;
  release?: string;
  repetition?: string;
}): string {
  return [
    separators.component,
    separators.element,
    separators.segment,
    separators.release ?? '',
    separators.repetition ?? '',
  ].join('');
}

/** The inverse of `joinLines`: cuts text into full-width lines (at most `max`); undefined if it does not fit. */
export function splitLines(text: string, width: number, max: number): string[] | undefined {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  if (lines.length > max) return undefined;
  // A last line of exactly `width` characters is unambiguous; a shorter middle line cannot occur.
  return lines;
}

/** A number from a segment value with the interchange's decimal mark. */
export function numberAt(
  segment: EdifactSegment | undefined,
  [element, component]: [element: number, component: number],
  decimal: string,
): number | undefined {
  if (!segment) return undefined;
  return parseEdifactNumber(optionalAt(segment, element, component), decimal);
}

/** A number as EDIFACT writes it: plain decimal notation, `.` as decimal mark, no exponent. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const fixed = value.toFixed(20).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}
