import type { Tally } from '../../core/ports/analytics-store.js';
import { num } from './sql-runner.js';
import type { TallyRow } from './filter-sql.js';

export function toTally(row: TallyRow): Tally {
  const inspected = num(row.inspected);
  const hits = num(row.hits);
  return { declarations: num(row.declarations), inspected, hits, hitRate: ratio(hits, inspected) };
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
