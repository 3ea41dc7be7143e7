import type { TradeRecord } from '../trade-record.js';

/** Where two commodity codes part: equal, same heading but other subheading, other heading. */
export type HsDifference = 'none' | '6' | '4';

/** How far our import departs from the partner's export of the same goods. */
export interface PairGaps {
  /**
   * (partner FOB × CIF/FOB factor − our CIF) / (partner FOB × factor): 0.4 means we saw 40 %
   * less value than the partner's export implies. NaN when either value is missing.
   */
  valueGap: number;
  /** (partner mass − our mass) / partner mass. */
  massGap: number;
  hsDifference: HsDifference;
}

export function hsDifference(ours: string, theirs: string): HsDifference {
  if (ours === '' || theirs === '' || ours === theirs) return 'none';
  return ours.slice(0, 4) === theirs.slice(0, 4) ? '6' : '4';
}

function relativeGap(expected: number, actual: number): number {
  if (!Number.isFinite(expected) || !Number.isFinite(actual) || expected <= 0) return Number.NaN;
  return (expected - actual) / expected;
}

export function pairGaps(ours: TradeRecord, theirs: TradeRecord, cifFobFactor: number): PairGaps {
  return {
    valueGap: relativeGap(theirs.value * cifFobFactor, ours.value),
    massGap: relativeGap(theirs.massKg, ours.massKg),
    hsDifference: hsDifference(ours.hs6, theirs.hs6),
  };
}
