import { nameSimilarity } from '../normalize.js';
import type { TradeRecord } from '../trade-record.js';
import type { ManifestLine } from './manifest-line.js';
import type { ManifestCheckOptions } from './manifest-options.js';

/** Declarations by reference: `R` transport document or UCR, `C` container. */
export function indexDeclarations(declarations: readonly TradeRecord[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [i]);
    else if (list.at(-1) !== i) list.push(i);
  };
  declarations.forEach((record, i) => {
    for (const document of record.transportDocuments) add(`R${document}`, i);
    if (record.ucr !== '') add(`R${record.ucr}`, i);
    for (const container of record.containers) add(`C${container}`, i);
  });
  return index;
}

export function inWindow(line: ManifestLine, record: TradeRecord, options: ManifestCheckOptions): boolean {
  if (!Number.isFinite(line.arrivalDay) || !Number.isFinite(record.day)) return true;
  const lag = record.day - line.arrivalDay;
  return lag >= -options.daysBefore && lag <= options.coverageDays;
}

/** Declarations sharing a transport document or UCR; failing that, a container. */
export function referencedDeclarations(
  line: ManifestLine,
  context: { index: Map<string, number[]>; declarations: readonly TradeRecord[]; options: ManifestCheckOptions },
): { indices: number[]; basis: 'reference' | 'container' } | undefined {
  const { index, declarations, options } = context;
  const pick = (keys: string[]) => {
    const found = new Set<number>();
    for (const key of keys)
      for (const i of index.get(key) ?? []) if (inWindow(line, declarations[i]!, options)) found.add(i);
    return [...found];
  };
  const byReference = pick(line.references.map((r) => `R${r}`));
  if (byReference.length > 0) return { indices: byReference, basis: 'reference' };
  const byContainer = pick(line.containers.map((c) => `C${c}`));
  return byContainer.length > 0 ? { indices: byContainer, basis: 'container' } : undefined;
}

function closeness(a: number, b: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return 0.5;
  const high = Math.max(a, b);
  return high <= 0 ? 1 : Math.max(0, 1 - (2 * Math.abs(a - b)) / high);
}

/**
 * Score of a declaration as the cover of a consignment filed without a usable reference:
 * consignee name first, then gross mass and, where the manifest has them, commodity codes.
 */
export function fuzzyCoverScore(line: ManifestLine, record: TradeRecord): number {
  const name =
    line.consigneeId !== '' && line.consigneeId === record.partyId
      ? 1
      : nameSimilarity(line.consigneeName, record.partyName);
  if (name < 0.6) return 0;
  const hs =
    line.hs6.length === 0
      ? 0.5
      : line.hs6.includes(record.hs6)
        ? 1
        : line.hs6.some((h) => h.slice(0, 4) === record.hs6.slice(0, 4))
          ? 0.6
          : 0;
  return 0.5 * name + 0.3 * closeness(line.grossMassKg, record.grossMassKg) + 0.2 * hs;
}

/** Declarations by consignee word (each word of the importer's name), for the fuzzy pass. */
export function indexByName(declarations: readonly TradeRecord[], free: (i: number) => boolean): Map<string, number[]> {
  const index = new Map<string, number[]>();
  declarations.forEach((record, i) => {
    if (!free(i)) return;
    for (const word of record.partyName.split(' ')) {
      if (word.length < 3) continue;
      const list = index.get(word);
      if (list) list.push(i);
      else index.set(word, [i]);
    }
  });
  return index;
}
