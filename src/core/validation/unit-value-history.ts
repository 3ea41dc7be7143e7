import type { Declaration } from '../model/declaration-schema.js';
import { hsCodeOf, itemCurrency, itemValue } from './declaration-values.js';

export interface UnitValueHistoryOptions {
  /** Fewer accepted declarations than this for an HS6 and currency: no opinion. Default 20. */
  minSamples?: number;
  /** Samples kept per HS6 and currency (a uniform reservoir beyond it), bounding memory. Default 2,000. */
  maxSamplesPerCode?: number;
}

export interface UnitValueSample {
  hs6: string;
  /** Currency of `value`; unit values in different currencies are kept apart. */
  currency?: string;
  value: number;
  netMassKg: number;
}

/** Robust statistics of the natural log of value per kilogram. */
export interface UnitValueStats {
  count: number;
  medianLog: number;
  /** Median absolute deviation of the log unit value. */
  madLog: number;
  /** e^medianLog: the typical value per kg. */
  typicalUnitValue: number;
}

/** A spread below this (about ±25 %) is treated as this: identical prices must not make every deviation an outlier. */
const MIN_SCALE = 0.25;
/** MAD × 1.4826 estimates the standard deviation of a normal distribution. */
const MAD_TO_SIGMA = 1.4826;

interface Bucket {
  logs: Float64Array;
  count: number;
  /** Samples ever offered (beyond `count` once the reservoir is full). */
  seen: number;
  stats?: UnitValueStats;
  statsSeen: number;
}

/**
 * Unit values (value per kg of net mass) per HS6 and currency, learnt from accepted declarations.
 * Pure and incremental: `add` as declarations are accepted, `robustZ` when validating. Statistics
 * are the median and MAD of log unit values, recomputed when a bucket has grown by a tenth.
 */
export class UnitValueHistory {
  private readonly buckets = new Map<string, Map<string, Bucket>>();
  private readonly minSamples: number;
  private readonly maxSamples: number;
  private random = 0x9e3779b9;

  constructor(options: UnitValueHistoryOptions = {}) {
    this.minSamples = options.minSamples ?? 20;
    this.maxSamples = options.maxSamplesPerCode ?? 2_000;
  }

  /** Learns one unit value; ignores samples without a positive value and mass or a 6-digit code. */
  add(sample: UnitValueSample): void {
    const { hs6, value, netMassKg } = sample;
    if (!(value > 0 && netMassKg > 0 && Number.isFinite(value / netMassKg)) || hs6.length !== 6) return;
    const bucket = this.bucket(sample.currency ?? '', hs6, true)!;
    const log = Math.log(value / netMassKg);
    bucket.seen++;
    if (bucket.count < this.maxSamples) {
      if (bucket.count === bucket.logs.length) bucket.logs = grow(bucket.logs, this.maxSamples);
      bucket.logs[bucket.count++] = log;
    } else {
      const slot = Math.floor(this.nextRandom() * bucket.seen);
      if (slot < this.maxSamples) bucket.logs[slot] = log;
    }
  }

  /** Learns every goods item of a declaration that has an HS code, a value and a net mass. */
  addDeclaration(declaration: Declaration): void {
    for (const item of declaration.goodsItems) {
      const code = hsCodeOf(item);
      const value = itemValue(item);
      if (code === undefined || code.length < 6 || value === undefined || item.netMassKg === undefined) continue;
      const currency = itemCurrency(item, declaration);
      this.add({ hs6: code.slice(0, 6), value, netMassKg: item.netMassKg, ...(currency ? { currency } : {}) });
    }
  }

  /** Statistics for an HS6 and currency, or undefined below the minimum sample size. */
  stats(hs6: string, currency = ''): UnitValueStats | undefined {
    const bucket = this.bucket(currency, hs6, false);
    if (!bucket || bucket.count < this.minSamples) return undefined;
    if (!bucket.stats || bucket.seen > bucket.statsSeen * 1.1) {
      bucket.stats = robustStats(bucket.logs.subarray(0, bucket.count));
      bucket.statsSeen = bucket.seen;
    }
    return bucket.stats;
  }

  /**
   * How many robust standard deviations a unit value lies from the typical one (signed), or NaN
   * when the history is too thin. Allocates nothing once the statistics are computed.
   */
  robustZ(hs6: string, currency: string, unitValue: number): number {
    const stats = this.stats(hs6, currency);
    if (!stats || !(unitValue > 0)) return NaN;
    return (Math.log(unitValue) - stats.medianLog) / Math.max(MAD_TO_SIGMA * stats.madLog, MIN_SCALE);
  }

  /** Number of HS6 and currency pairs with at least one sample. */
  get size(): number {
    let size = 0;
    for (const codes of this.buckets.values()) size += codes.size;
    return size;
  }

  private bucket(currency: string, hs6: string, create: boolean): Bucket | undefined {
    let codes = this.buckets.get(currency);
    if (!codes) {
      if (!create) return undefined;
      codes = new Map();
      this.buckets.set(currency, codes);
    }
    let bucket = codes.get(hs6);
    if (!bucket && create) {
      bucket = { logs: new Float64Array(8), count: 0, seen: 0, statsSeen: 0 };
      codes.set(hs6, bucket);
    }
    return bucket;
  }

  /** xorshift32: reservoir sampling stays reproducible run after run. */
  private nextRandom(): number {
    let x = this.random;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.random = x >>> 0;
    return this.random / 0x1_0000_0000;
  }
}

/** A history learnt from a list of declarations (for example the accepted ones already stored). */
export function seedUnitValueHistory(
  declarations: Iterable<Declaration>,
  options: UnitValueHistoryOptions = {},
): UnitValueHistory {
  const history = new UnitValueHistory(options);
  for (const declaration of declarations) history.addDeclaration(declaration);
  return history;
}

function grow(logs: Float64Array, max: number): Float64Array {
  const next = new Float64Array(Math.min(max, logs.length * 2));
  next.set(logs);
  return next;
}

function robustStats(logs: Float64Array): UnitValueStats {
  const sorted = Float64Array.from(logs).sort();
  const medianLog = median(sorted);
  const deviations = sorted.map((log) => Math.abs(log - medianLog)).sort();
  return { count: logs.length, medianLog, madLog: median(deviations), typicalUnitValue: Math.exp(medianLog) };
}

function median(sorted: Float64Array): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
