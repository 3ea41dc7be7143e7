import { CODED_FIELDS } from './category-codebook.js';

/** How a feature is read when it is explained to an officer. */
export type FeatureKind = 'code' | 'number' | 'rate' | 'count' | 'days' | 'flag' | 'ratio';

export interface FeatureInfo {
  name: string;
  kind: FeatureKind;
}

export const ENTITY_FIELDS = ['importerId', 'declarantId', 'sellerId', 'carrierId'] as const;
export type EntityField = (typeof ENTITY_FIELDS)[number];

/** Label-statistics tables over goods, each smoothed toward the one after `parent`. */
export const GOODS_RATES = [
  { name: 'chapter', parent: 'global' },
  { name: 'hs4', parent: 'chapter' },
  { name: 'hs6', parent: 'hs4' },
  { name: 'hs4_origin', parent: 'hs4' },
  { name: 'hs6_origin', parent: 'hs6' },
  { name: 'hs6_unit_band', parent: 'hs6' },
  { name: 'hs6_origin_unit_band', parent: 'hs6_origin' },
] as const;
export type GoodsRateName = (typeof GOODS_RATES)[number]['name'];

const codes: FeatureInfo[] = CODED_FIELDS.map((field) => ({ name: `code_${field}`, kind: 'code' }));

const values: FeatureInfo[] = [
  { name: 'tax_rate', kind: 'number' },
  { name: 'net_mass', kind: 'number' },
  { name: 'value', kind: 'number' },
  { name: 'unit_value', kind: 'number' },
  { name: 'unit_value_log_ratio_hs6', kind: 'ratio' },
  { name: 'unit_value_robust_z_hs6', kind: 'number' },
  { name: 'unit_value_history_hs6', kind: 'count' },
  { name: 'departure_differs_origin', kind: 'flag' },
  { name: 'seller_missing', kind: 'flag' },
  { name: 'carrier_present', kind: 'flag' },
];

const entities: FeatureInfo[] = ENTITY_FIELDS.flatMap((field) => [
  { name: `${field}_seen`, kind: 'count' as const },
  { name: `${field}_fraud_rate`, kind: 'rate' as const },
  { name: `${field}_days_since_first`, kind: 'days' as const },
  { name: `${field}_days_since_last`, kind: 'days' as const },
]);

const goods: FeatureInfo[] = GOODS_RATES.flatMap(({ name }) => [
  { name: `${name}_fraud_rate`, kind: 'rate' as const },
  { name: `${name}_labelled`, kind: 'count' as const },
]);

/** Every feature, in the column order of a feature matrix. */
export const FEATURES: readonly FeatureInfo[] = [...codes, ...values, ...entities, ...goods];
export const FEATURE_NAMES: readonly string[] = FEATURES.map((f) => f.name);
export const FEATURE_COUNT = FEATURES.length;
export const FEATURE_INDEX: ReadonlyMap<string, number> = new Map(FEATURE_NAMES.map((name, i) => [name, i]));
