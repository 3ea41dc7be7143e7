import { isoDate } from '../iso-date.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Turns date text into `YYYY-MM-DD`, or `undefined` when the text is not a real date in that format. */
export type DateParser = (text: string) => string | undefined;

const TOKENS: Record<string, string> = {
  YYYY: '(?<year>\\d{4})',
  YY: '(?<year2>\\d{2})',
  MMM: '(?<monthName>[A-Za-z]{3})',
  MM: '(?<month>\\d{1,2})',
  M: '(?<month>\\d{1,2})',
  DD: '(?<day>\\d{1,2})',
  D: '(?<day>\\d{1,2})',
};

/**
 * Compiles a date format such as `DD/MM/YYYY`, `YY-MM-DD` or `D-MMM-YY` (14-Aug-14), or `ISO`
 * (a date, or a date-time whose date part is kept). Two-digit years are 2000-2069 and 1970-1999.
 * Returns `undefined` for a format it cannot read.
 */
export function compileDateFormat(format: string): DateParser | undefined {
  if (format === 'ISO') return parseIsoDate;
  if (format === 'YYYY-MM-DD') return parseIsoDay;
  let pattern = '';
  let rest = format;
  while (rest.length > 0) {
    const token = ['YYYY', 'MMM', 'YY', 'MM', 'DD', 'M', 'D'].find((candidate) => rest.startsWith(candidate));
    if (token !== undefined) {
      pattern += TOKENS[token];
      rest = rest.slice(token.length);
    } else if (/^[A-Za-z]/.test(rest)) return undefined;
    else {
      pattern += rest[0]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      rest = rest.slice(1);
    }
  }
  const groups = [...format.matchAll(/YYYY|YY|MMM|MM|M|DD|D/g)].length;
  if (groups !== 3) return undefined;
  const regex = new RegExp(`^${pattern}$`);
  return (text) => {
    const match = regex.exec(text);
    if (!match?.groups) return undefined;
    const { year, year2, month, monthName, day } = match.groups;
    const fullYear = year !== undefined ? Number(year) : pivotYear(Number(year2));
    const monthNumber = monthName !== undefined ? MONTHS.indexOf(monthName.toLowerCase()) + 1 : Number(month);
    return isoDate(fullYear, monthNumber, Number(day));
  };
}

function pivotYear(twoDigits: number): number {
  return twoDigits < 70 ? 2000 + twoDigits : 1900 + twoDigits;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function parseIsoDate(text: string): string | undefined {
  const match = ISO.exec(text);
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The common case, without building a new string. */
function parseIsoDay(text: string): string | undefined {
  if (!DAY.test(text)) return undefined;
  const month = (text.charCodeAt(5) - 48) * 10 + text.charCodeAt(6) - 48;
  const day = (text.charCodeAt(8) - 48) * 10 + text.charCodeAt(9) - 48;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (day <= 28) return text;
  return isoDate(Number(text.slice(0, 4)), month, day);
}
