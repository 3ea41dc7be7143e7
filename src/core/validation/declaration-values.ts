import { goodsItemLabel } from './item-paths.js';
import type { Classification, Declaration, GoodsItem } from '../model/declaration-schema.js';

/**
 * Classification types that carry an HS-based commodity code (absent, TSP = CN/HS code in CDS,
 * HS, CN, national HS extensions); TARIC (TRC), additional (TRA) and national additional (GN)
 * codes are something else.
 */
const HS_TYPES = new Set(['', 'TSP', 'HS', 'CN', 'HSK', 'HTS', 'NC']);

export function isHsClassification(classification: Classification): boolean {
  const type = classification.identificationTypeCode;
  if (type === undefined || HS_TYPES.has(type)) return true;
  return !NON_HS_TYPES.has(type) && HS_TYPES.has(type.trim().toUpperCase());
}

const NON_HS_TYPES = new Set(['TRC', 'TRA', 'GN']);

/** The first HS commodity code of an item, trimmed, or undefined. */
export function hsCodeOf(item: GoodsItem): string | undefined {
  const index = hsCodeIndex(item);
  return index < 0 ? undefined : item.classifications[index]!.id.trim();
}

/** Position of the item's first non-blank HS-based classification, or -1. */
export function hsCodeIndex(item: GoodsItem): number {
  const classifications = item.classifications;
  for (let index = 0; index < classifications.length; index++) {
    const classification = classifications[index]!;
    if (isHsClassification(classification) && classification.id.trim() !== '') return index;
  }
  return -1;
}

/** The value the unit-value and totals checks use: invoice price, else customs value, else statistical value. */
export function itemValue(item: GoodsItem): number | undefined {
  return item.itemPrice ?? item.customsValue ?? item.statisticalValue;
}

export function itemCurrency(item: GoodsItem, declaration: Declaration): string | undefined {
  return item.currencyCode ?? declaration.currencyCode;
}

/** `goods item 2`, by the item's own sequence number where it has one. */
export function itemLabel(item: GoodsItem, index: number): string {
  return goodsItemLabel(Number.isInteger(item.sequence) ? item.sequence : index + 1);
}

export function present(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}
