import { compileSetter, type PathSetter } from './path-setter.js';
import { resolveTarget, type CsvMapping, type MappingTarget } from './csv-mapping.js';
import { compileValueReader, type ValueReader } from './csv-values.js';
import { wcoNumberCheck } from '../wco-number-format.js';

/** A mapped column bound to its place in the header. */
export interface BoundColumn {
  name: string;
  /** 0-based index in the header. */
  index: number;
  required: boolean;
  reader: ValueReader;
  target: MappingTarget;
  /** For declaration targets. */
  set?: PathSetter;
  /** Normalised path (`goodsItems[*]...`) to name the column in schema faults. */
  path: string;
  /** Not every text fits (numbers, dates, listed values): what shift detection can test. */
  typed: boolean;
  /** WCO numeric format check of the target field, for number columns. */
  check?: (value: number) => string | undefined;
}

export interface CsvDefault {
  set: PathSetter;
  value: string | number;
}

/** A mapping bound to a file's header: everything a row needs, computed once. */
export interface CsvLayout {
  mapping: CsvMapping;
  delimiter: string;
  header: string[];
  columns: BoundColumn[];
  defaults: CsvDefault[];
  /** Header index of the `groupBy` column. */
  groupIndex?: number;
}

export type LayoutResult = { ok: true; layout: CsvLayout } | { ok: false; missing: string[]; errors: string[] };

/** Binds a (validated) mapping to a header; lists required columns the header lacks. */
export function bindLayout(mapping: CsvMapping, header: string[], delimiter: string): LayoutResult {
  const indexOf = headerIndex(header);
  const missing: string[] = [];
  const errors: string[] = [];
  const columns: BoundColumn[] = [];
  for (const column of mapping.columns) {
    const index = indexOf(column.column);
    if (index === undefined) {
      if (column.required) missing.push(column.column);
      continue;
    }
    const reader = compileValueReader(column, mapping.decimalComma ?? false);
    const target = resolveTarget(column.path);
    if (typeof reader === 'string' || target === undefined) {
      errors.push(`column ${JSON.stringify(column.column)}: ${typeof reader === 'string' ? reader : 'bad path'}`);
      continue;
    }
    columns.push({
      name: column.column,
      index,
      required: column.required ?? false,
      reader,
      target,
      set: target.kind === 'declaration' ? compileSetter(target.segments) : undefined,
      path: normalisePath(column.path),
      check: numberCheck(target),
      typed: (column.type ?? 'string') !== 'string' || column.onlyListedValues === true,
    });
  }
  const groupIndex = mapping.groupBy === undefined ? undefined : indexOf(mapping.groupBy);
  if (mapping.groupBy !== undefined && groupIndex === undefined && !missing.includes(mapping.groupBy)) {
    missing.push(mapping.groupBy);
  }
  if (missing.length > 0 || errors.length > 0) return { ok: false, missing, errors };
  const defaults = Object.entries(mapping.defaults ?? {}).map(([path, value]) => {
    const target = resolveTarget(path);
    return { set: compileSetter(target?.kind === 'declaration' ? target.segments : [path]), value };
  });
  return { ok: true, layout: { mapping, delimiter, header, columns, defaults, groupIndex } };
}

function numberCheck(target: MappingTarget): ((value: number) => string | undefined) | undefined {
  if (target.kind !== 'declaration') return undefined;
  return wcoNumberCheck(target.segments[target.segments.length - 1]!);
}

/** `goodsItems[3].x` and `goodsItems[0].x` → `goodsItems[*].x`. */
export function normalisePath(path: string): string {
  return path.replace(/^goodsItems\[(\d+|\*)\]/, 'goodsItems[*]');
}

/** Exact header match first, then case- and space-insensitive. */
function headerIndex(header: string[]): (name: string) => number | undefined {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  header.forEach((name, index) => {
    if (!exact.has(name)) exact.set(name, index);
    const key = looseKey(name);
    if (!loose.has(key)) loose.set(key, index);
  });
  return (name) => exact.get(name) ?? loose.get(looseKey(name));
}

export function looseKey(name: string): string {
  return name.toLowerCase().replace(/[\s_.-]+/g, '');
}
