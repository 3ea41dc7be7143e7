/**
 * Canonical paths of goods-item fields, built once per (field, index) and reused: findings on
 * every declaration then hand the pointer cache the same string, whose hash is already known.
 */
const cache = new Map<string, string[]>();
const MAX_CACHED_INDEX = 999;

/** `goodsItems[2].netMassKg` for (2, 'netMassKg'). */
export function itemPath(index: number, field: string): string {
  if (index > MAX_CACHED_INDEX) return `goodsItems[${index}].${field}`;
  let paths = cache.get(field);
  if (!paths) cache.set(field, (paths = []));
  return (paths[index] ??= `goodsItems[${index}].${field}`);
}

const labels: string[] = [];

/** `goods item 3`. */
export function goodsItemLabel(sequence: number): string {
  return sequence >= 0 && sequence <= MAX_CACHED_INDEX
    ? (labels[sequence] ??= `goods item ${sequence}`)
    : `goods item ${sequence}`;
}
