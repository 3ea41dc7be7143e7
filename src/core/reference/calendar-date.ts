const DAY_MS = 86_400_000;

/**
 * The calendar date of a declaration date/time as UTC epoch milliseconds at midnight, or NaN.
 * Accepts ISO 8601 (`2020-03-04`, `2020-03-04T10:00:00Z`) and the compact WCO format 304
 * (`20200304`, `20200304101500Z`, `20221121095500+01`). Hand-rolled: it runs for every declaration.
 */
export function parseCalendarDate(text: string): number {
  const dashed = text.length >= 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45;
  const year = digits(text, 0, 4);
  const month = dashed ? digits(text, 5, 2) : digits(text, 4, 2);
  const day = dashed ? digits(text, 8, 2) : digits(text, 6, 2);
  const end = dashed ? 10 : 8;
  if (!(year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  if (!isTimeTail(text, end)) return NaN;
  return Date.UTC(year, month - 1, day);
}

/** `2020-03-04` for epoch milliseconds (the calendar day in UTC). */
export function formatCalendarDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Epoch milliseconds at UTC midnight of the day `epochMs` falls on. */
export function startOfUtcDay(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS) * DAY_MS;
}

export const ONE_DAY_MS = DAY_MS;

function digits(text: string, start: number, count: number): number {
  if (text.length < start + count) return NaN;
  let value = 0;
  for (let index = start; index < start + count; index++) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return NaN;
    value = value * 10 + code;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** After the date: nothing, or a time part made of digits, `T`, space, `:`, `.`, `Z`, `+`, `-`. */
function isTimeTail(text: string, from: number): boolean {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const ok = (code >= 48 && code <= 58) || code === 84 || code === 32 || code === 46 || code === 90;
    if (!ok && code !== 43 && code !== 45) return false;
  }
  return true;
}
