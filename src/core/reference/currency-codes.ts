import type { CurrencyRow } from './reference-tables.js';
import { parseCalendarDate } from './calendar-date.js';

export type CurrencyStatus = 'active' | 'withdrawn' | 'unknown';

interface CurrencyInfo {
  name: string;
  /** Epoch ms of the first day after the code's last withdrawal; Infinity while still active. */
  withdrawnFrom: number;
  withdrawal: string;
}

/** ISO 4217 alphabetic currency codes, current (Table A.1) and historic (Table A.3). */
export class CurrencyCodes {
  private readonly currencies = new Map<string, CurrencyInfo>();

  constructor(rows: readonly CurrencyRow[]) {
    for (const row of rows) {
      if (row.code.length !== 3) continue;
      const known = this.currencies.get(row.code);
      const withdrawnFrom = row.withdrawalDate ? withdrawalStart(row.withdrawalDate) : Infinity;
      // A code withdrawn for one entity may still be current for another (e.g. after a merger).
      if (!known || withdrawnFrom > known.withdrawnFrom)
        this.currencies.set(row.code, { name: row.currency, withdrawnFrom, withdrawal: row.withdrawalDate });
    }
  }

  /** Status today, or on `atEpochMs` when given: a withdrawn code was active before its withdrawal. */
  status(code: string, atEpochMs?: number): CurrencyStatus {
    const info = this.currencies.get(code);
    if (!info) return 'unknown';
    if (info.withdrawnFrom === Infinity) return 'active';
    return atEpochMs !== undefined && atEpochMs < info.withdrawnFrom ? 'active' : 'withdrawn';
  }

  name(code: string): string | undefined {
    return this.currencies.get(code)?.name;
  }

  /** When the code was withdrawn, as published (`2008-01`, `1999-01 to 2002-03`...). */
  withdrawal(code: string): string | undefined {
    return this.currencies.get(code)?.withdrawal || undefined;
  }

  activeCodes(): string[] {
    return [...this.currencies].filter(([, info]) => info.withdrawnFrom === Infinity).map(([code]) => code);
  }
}

/** `2008-01` → 2008-01-01, `1990` → 1990-01-01; a range `1999-01 to 2002-03` counts from its end. */
function withdrawalStart(text: string): number {
  const last = text.split(/\s+to\s+/).at(-1)!.trim();
  const date = last.length === 4 ? `${last}-01-01` : last.length === 7 ? `${last}-01` : last;
  const parsed = parseCalendarDate(date);
  return Number.isNaN(parsed) ? 0 : parsed;
}
