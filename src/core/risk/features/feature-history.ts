import type { RiskInput } from '../risk-input.js';
import { ENTITY_FIELDS, GOODS_RATES } from './feature-names.js';
import { recordStats, type LabelStats } from './label-stats.js';
import { UnitValueStats } from './unit-value-stats.js';

/** Options of the smoothing that keeps thin histories close to their parent rate. */
export interface SmoothingOptions {
  /** Pseudo-observations of the parent rate added to every rate (m-estimate weight). */
  weight: number;
  /** Rate assumed before any label is known, with `priorWeight` pseudo-observations. */
  prior: number;
  priorWeight: number;
}

export const DEFAULT_SMOOTHING: SmoothingOptions = { weight: 20, prior: 0.2, priorWeight: 10 };

type StatsRow = [string, number, number, number, number, number];

/** Serialisable snapshot of a history (stored with a model so it can score at once). */
export interface FeatureHistorySnapshot {
  smoothing: SmoothingOptions;
  labelled: number;
  frauds: number;
  entities: Record<string, StatsRow[]>;
  goods: Record<string, StatsRow[]>;
  unitValues: Record<string, number[]>;
}

export function unitBand(logUnitValue: number): string {
  return Number.isFinite(logUnitValue) ? String(Math.round(logUnitValue * 10)) : '';
}

export function logUnitValue(input: RiskInput): number {
  return input.netMass > 0 && input.value > 0 ? Math.log(input.value / input.netMass) : Number.NaN;
}

/** Keys of the goods tables, in `GOODS_RATES` order. */
export function goodsKeys(input: RiskInput, band: string): string[] {
  const { chapter, hs4, hs6, originCountry: origin } = input;
  return [chapter, hs4, hs6, `${hs4}|${origin}`, `${hs6}|${origin}`, `${hs6}|${band}`, `${hs6}|${origin}|${band}`];
}

/**
 * What is known about the past at a point in time: trader histories, labelled rates of goods
 * and unit-value distributions. It only ever grows by `observe`; features read it before the
 * day being featurised is added, so nothing of that day or later can leak into them.
 */
export class FeatureHistory {
  readonly entities: Map<string, LabelStats>[] = ENTITY_FIELDS.map(() => new Map<string, LabelStats>());
  readonly goods: Map<string, LabelStats>[] = GOODS_RATES.map(() => new Map<string, LabelStats>());
  unitValues = new UnitValueStats();
  labelled = 0;
  frauds = 0;

  constructor(readonly smoothing: SmoothingOptions = DEFAULT_SMOOTHING) {}

  globalRate(): number {
    const { prior, priorWeight } = this.smoothing;
    return (this.frauds + prior * priorWeight) / (this.labelled + priorWeight);
  }

  /** Adds a declaration; its label only when `useLabel` (training history), never while scoring. */
  observe(input: RiskInput, useLabel: boolean): void {
    const fraud = useLabel && input.label ? input.label.fraud : undefined;
    const event = { day: input.day, fraud };
    ENTITY_FIELDS.forEach((field, i) => {
      const id = input[field];
      if (id !== '') recordStats(this.entities[i]!, id, event);
    });
    const logUnit = logUnitValue(input);
    goodsKeys(input, unitBand(logUnit)).forEach((key, i) => recordStats(this.goods[i]!, key, event));
    this.unitValues.add(input.hs6, logUnit);
    if (fraud !== undefined) {
      this.labelled += 1;
      this.frauds += fraud;
    }
  }

  /**
   * A label that became known after the declaration was observed (an inspection result): it
   * joins the label statistics of its keys; `previous`, a label given before, is replaced.
   */
  learnOutcome(input: RiskInput, fraud: 0 | 1, previous?: 0 | 1): void {
    const labelled = previous === undefined ? 1 : 0;
    const frauds = fraud - (previous ?? 0);
    const adjust = (stats: LabelStats | undefined) => {
      if (!stats) return;
      stats.labelled += labelled;
      stats.frauds += frauds;
    };
    ENTITY_FIELDS.forEach((field, i) => input[field] !== '' && adjust(this.entities[i]!.get(input[field])));
    goodsKeys(input, unitBand(logUnitValue(input))).forEach((key, i) => adjust(this.goods[i]!.get(key)));
    this.labelled += labelled;
    this.frauds += frauds;
  }

  toJSON(): FeatureHistorySnapshot {
    const rows = (table: Map<string, LabelStats>): StatsRow[] =>
      [...table].map(([k, s]) => [k, s.seen, s.labelled, s.frauds, s.firstDay, s.lastDay]);
    return {
      smoothing: this.smoothing,
      labelled: this.labelled,
      frauds: this.frauds,
      entities: Object.fromEntries(ENTITY_FIELDS.map((f, i) => [f, rows(this.entities[i]!)])),
      goods: Object.fromEntries(GOODS_RATES.map((g, i) => [g.name, rows(this.goods[i]!)])),
      unitValues: this.unitValues.toJSON(),
    };
  }

  static fromJSON(snapshot: FeatureHistorySnapshot): FeatureHistory {
    const history = new FeatureHistory(snapshot.smoothing);
    const fill = (table: Map<string, LabelStats>, rows: StatsRow[] | undefined): void => {
      for (const [k, seen, labelled, frauds, firstDay, lastDay] of rows ?? []) {
        table.set(k, { seen, labelled, frauds, firstDay, lastDay });
      }
    };
    ENTITY_FIELDS.forEach((f, i) => fill(history.entities[i]!, snapshot.entities[f]));
    GOODS_RATES.forEach((g, i) => fill(history.goods[i]!, snapshot.goods[g.name]));
    history.unitValues = UnitValueStats.fromJSON(snapshot.unitValues);
    history.labelled = snapshot.labelled;
    history.frauds = snapshot.frauds;
    return history;
  }
}
