import { parseCalendarDate } from './calendar-date.js';

/** Harmonized System editions bundled in `reference/hs`. */
export type HsVersion = 'HS2017' | 'HS2022';

export const HS_VERSIONS: readonly HsVersion[] = ['HS2017', 'HS2022'];

const HS2017_FROM = Date.UTC(2017, 0, 1);
const HS2022_FROM = Date.UTC(2022, 0, 1);

/**
 * The HS edition in force on a date: HS 2017 from 2017-01-01 to 2021-12-31, HS 2022 from
 * 2022-01-01. `undefined` for an unreadable date or one before 2017 (HS 2012 and older are
 * not bundled, so nothing can be said about such a code).
 */
export function hsVersionFor(date: string | Date | number): HsVersion | undefined {
  const epochMs = typeof date === 'string' ? parseCalendarDate(date) : typeof date === 'number' ? date : date.getTime();
  if (!(epochMs >= HS2017_FROM)) return undefined;
  return epochMs >= HS2022_FROM ? 'HS2022' : 'HS2017';
}

/** `HS2022` → `2022`, for plain-language messages. */
export function hsEditionYear(version: HsVersion): string {
  return version.slice(2);
}

export function isHsVersion(value: string): value is HsVersion {
  return value === 'HS2017' || value === 'HS2022';
}
