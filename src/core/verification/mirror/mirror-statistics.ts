import { dateOfDay } from '../normalize.js';
import type { TradeRecord } from '../trade-record.js';

export interface MirrorOptions {
  /** CIF/FOB factor: our CIF imports are expected to equal the partner's FOB exports times this. */
  cifFobFactor: number;
  /** Months either side of a month whose flows are compared with it (exports booked a month before the import...). */
  lagMonths: number;
}

export const DEFAULT_MIRROR: Readonly<MirrorOptions> = Object.freeze({ cifFobFactor: 1.06, lagMonths: 1 });

/** Flows compared over a window: our CIF against the partner's FOB times the factor. */
export interface MirrorFlows {
  importsCif: number;
  exportsFob: number;
  /** exportsFob × factor: what our imports should be. */
  expectedCif: number;
  /** expectedCif − importsCif: positive when we saw less than the partner shipped. */
  gap: number;
  /** gap / expectedCif (NaN when nothing was exported). */
  gapRatio: number;
}

/** One month of an HS6 × partner series, compared over the lag window around it. */
export interface MirrorCell extends MirrorFlows {
  /** `YYYY-MM`. */
  month: string;
  hs6: string;
  partnerCountry: string;
  /** This month alone, before the window. */
  monthImportsCif: number;
  monthExportsFob: number;
  /** Positive gap of the window, a third of it with a ±1 month window (so that months add up roughly). */
  valueAtStake: number;
}

/** An HS6 × partner pair over the whole period, where timing differences cancel. */
export interface MirrorPair extends MirrorFlows {
  hs6: string;
  partnerCountry: string;
  months: number;
  valueAtStake: number;
}

export interface MirrorReport {
  factor: number;
  /** Months, ranked by value at stake. */
  cells: MirrorCell[];
  /** HS6 × partner pairs, ranked by value at stake. */
  pairs: MirrorPair[];
}

const monthIndex = (day: number) => {
  const date = dateOfDay(day);
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
};
const monthName = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

type Series = Map<number, { imports: number; exports: number }>;

function accumulate(series: Map<string, Series>, records: readonly TradeRecord[], side: 'imports' | 'exports'): void {
  for (const record of records) {
    if (record.hs6 === '' || !Number.isFinite(record.day) || !Number.isFinite(record.value)) continue;
    const key = `${record.hs6}|${record.partnerCountry}`;
    let months = series.get(key);
    if (!months) series.set(key, (months = new Map<number, { imports: number; exports: number }>()));
    const month = monthIndex(record.day);
    const cell = months.get(month) ?? { imports: 0, exports: 0 };
    cell[side] += record.value;
    months.set(month, cell);
  }
}

function flows(importsCif: number, exportsFob: number, factor: number): MirrorFlows {
  const expectedCif = exportsFob * factor;
  const gap = expectedCif - importsCif;
  return { importsCif, exportsFob, expectedCif, gap, gapRatio: expectedCif > 0 ? gap / expectedCif : Number.NaN };
}

/**
 * Mirror statistics: monthly HS6 × partner aggregates of our imports (CIF) against the partner's
 * exports (FOB) times the CIF/FOB factor, each month compared over a ±`lagMonths` window so
 * that goods exported at the end of one month and imported early the next do not show as gaps.
 * Values must be in one currency.
 */
export function mirrorStatistics(
  imports: readonly TradeRecord[],
  exports: readonly TradeRecord[],
  overrides: Partial<MirrorOptions> = {},
): MirrorReport {
  const { cifFobFactor: factor, lagMonths } = { ...DEFAULT_MIRROR, ...overrides };
  const series = new Map<string, Series>();
  accumulate(series, imports, 'imports');
  accumulate(series, exports, 'exports');
  const cells: MirrorCell[] = [];
  const pairs: MirrorPair[] = [];
  for (const [key, months] of series) {
    const [hs6, partnerCountry] = key.split('|') as [string, string];
    let totalImports = 0;
    let totalExports = 0;
    for (const [month, own] of months) {
      totalImports += own.imports;
      totalExports += own.exports;
      let windowImports = 0;
      let windowExports = 0;
      for (let k = month - lagMonths; k <= month + lagMonths; k++) {
        windowImports += months.get(k)?.imports ?? 0;
        windowExports += months.get(k)?.exports ?? 0;
      }
      const compared = flows(windowImports, windowExports, factor);
      cells.push({
        month: monthName(month),
        hs6,
        partnerCountry,
        monthImportsCif: own.imports,
        monthExportsFob: own.exports,
        ...compared,
        valueAtStake: Math.max(0, compared.gap) / (2 * lagMonths + 1),
      });
    }
    const total = flows(totalImports, totalExports, factor);
    pairs.push({ hs6, partnerCountry, months: months.size, ...total, valueAtStake: Math.max(0, total.gap) });
  }
  cells.sort((a, b) => b.valueAtStake - a.valueAtStake || a.month.localeCompare(b.month));
  pairs.sort((a, b) => b.valueAtStake - a.valueAtStake || a.hs6.localeCompare(b.hs6));
  return { factor, cells, pairs };
}
