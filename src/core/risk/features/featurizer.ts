import type { RiskInput } from '../risk-input.js';
import { CODED_FIELDS, type CategoryIndex } from './category-codebook.js';
import { ENTITY_FIELDS, FEATURE_COUNT, GOODS_RATES } from './feature-names.js';
import { goodsKeys, logUnitValue, unitBand, type FeatureHistory } from './feature-history.js';
import { smoothedRate, type LabelStats } from './label-stats.js';

const PARENT = GOODS_RATES.map(({ parent }) => GOODS_RATES.findIndex((g) => g.name === parent));
const rates = new Float64Array(GOODS_RATES.length);
const ROBUST_SCALE = 1.4826;
const MIN_MAD = 0.05;

function flag(condition: boolean | undefined): number {
  return condition === undefined ? Number.NaN : condition ? 1 : 0;
}

function writeCodes(input: RiskInput, index: CategoryIndex, target: { out: Float64Array; at: number }): number {
  const { out } = target;
  let at = target.at;
  for (let f = 0; f < CODED_FIELDS.length; f++) {
    const value = input[CODED_FIELDS[f]!];
    out[at++] = value === '' ? Number.NaN : (index.maps[f]!.get(value) ?? Number.NaN);
  }
  return at;
}

function writeValues(
  input: RiskInput,
  context: { history: FeatureHistory; unitHistory: boolean },
  target: { out: Float64Array; at: number },
): number {
  const { out } = target;
  let at = target.at;
  out[at++] = input.taxRate;
  out[at++] = input.netMass;
  out[at++] = input.value;
  out[at++] = input.netMass > 0 ? input.value / input.netMass : Number.NaN;
  if (context.unitHistory) {
    // The HS6 median is recomputed after every new value of the code: only when someone reads it.
    const logUnit = logUnitValue(input);
    const summary = context.history.unitValues.summary(input.hs6);
    out[at++] = summary ? logUnit - summary.median : Number.NaN;
    out[at++] = summary ? (logUnit - summary.median) / (ROBUST_SCALE * Math.max(summary.mad, MIN_MAD)) : Number.NaN;
    out[at++] = summary?.n ?? 0;
  } else at += 3;
  const known = input.departureCountry !== '' && input.originCountry !== '';
  out[at++] = flag(known ? input.departureCountry !== input.originCountry : undefined);
  out[at++] = flag(input.sellerId === '');
  out[at++] = flag(input.carrierId !== '');
  return at;
}

function writeEntities(input: RiskInput, history: FeatureHistory, target: { out: Float64Array; at: number }): number {
  const { out } = target;
  let at = target.at;
  const global = history.globalRate();
  const weight = history.smoothing.weight;
  for (let e = 0; e < ENTITY_FIELDS.length; e++) {
    const id = input[ENTITY_FIELDS[e]!];
    const stats = id === '' ? undefined : history.entities[e]!.get(id);
    out[at++] = stats?.seen ?? 0;
    out[at++] = id === '' ? Number.NaN : smoothedRate(stats, global, weight);
    out[at++] = stats ? input.day - stats.firstDay : Number.NaN;
    out[at++] = stats ? input.day - stats.lastDay : Number.NaN;
  }
  return at;
}

function writeGoods(input: RiskInput, history: FeatureHistory, target: { out: Float64Array; at: number }): number {
  const { out } = target;
  let at = target.at;
  const keys = goodsKeys(input, unitBand(logUnitValue(input)));
  const global = history.globalRate();
  const weight = history.smoothing.weight;
  for (let g = 0; g < GOODS_RATES.length; g++) {
    const parent = PARENT[g]!;
    const stats: LabelStats | undefined = history.goods[g]!.get(keys[g]!);
    const rate = smoothedRate(stats, parent < 0 ? global : rates[parent]!, weight);
    rates[g] = rate;
    out[at++] = rate;
    out[at++] = stats?.labelled ?? 0;
  }
  return at;
}

/** Which groups of features to compute; skipped ones are left as they are (NaN when fresh). */
export interface FeatureBlocks {
  entities: boolean;
  goods: boolean;
  /** The unit value against the HS6 history (log ratio, robust z, history size). */
  unitHistory?: boolean;
}

const ALL_BLOCKS: FeatureBlocks = { entities: true, goods: true, unitHistory: true };
const UNIT_HISTORY = ['unit_value_log_ratio_hs6', 'unit_value_robust_z_hs6', 'unit_value_history_hs6'];

/** The blocks a model reading `names` needs: scoring skips the lookups nobody reads. */
export function blocksFor(names: readonly string[]): FeatureBlocks {
  const entityPrefixes = ENTITY_FIELDS.map((f) => `${f}_`);
  const goodsPrefixes = GOODS_RATES.map((g) => `${g.name}_`);
  return {
    entities: names.some((n) => entityPrefixes.some((p) => n.startsWith(p))),
    goods: names.some((n) => goodsPrefixes.some((p) => n.startsWith(p)) && !n.startsWith('code_')),
    unitHistory: names.some((n) => UNIT_HISTORY.includes(n)),
  };
}

/** Writes the features of one declaration into `out` at row `row`, from `history` as it stands. */
export function writeFeatures(
  input: RiskInput,
  context: { history: FeatureHistory; index: CategoryIndex; blocks?: FeatureBlocks },
  target: { out: Float64Array; row: number },
): void {
  const { history, index } = context;
  const blocks = context.blocks ?? ALL_BLOCKS;
  const { out } = target;
  let at = target.row * FEATURE_COUNT;
  at = writeCodes(input, index, { out, at });
  at = writeValues(input, { history, unitHistory: blocks.unitHistory ?? true }, { out, at });
  if (blocks.entities) writeEntities(input, history, { out, at });
  at += ENTITY_FIELDS.length * 4;
  if (blocks.goods) writeGoods(input, history, { out, at });
}
