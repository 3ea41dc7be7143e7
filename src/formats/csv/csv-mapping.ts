import { TypeCompiler } from '@sinclair/typebox/compiler';
import { describeField, formatPath, parsePath, pointerSegments } from '../schema-path.js';
import { CsvMappingSchema, type CsvColumnMapping, type CsvMapping } from './csv-mapping-schema.js';

export type { CsvMapping, CsvColumnMapping } from './csv-mapping-schema.js';

export type OutcomeField = 'fraud' | 'criticalFraud' | 'revenueRaised';
const OUTCOME_FIELDS: readonly OutcomeField[] = ['fraud', 'criticalFraud', 'revenueRaised'];

/** Where a mapped value lands: a place in the declaration, or an inspection outcome. */
export type MappingTarget =
  { kind: 'declaration'; segments: string[]; itemLevel: boolean } | { kind: 'outcome'; field: OutcomeField };

export type CsvMappingResult = { ok: true; mapping: CsvMapping } | { ok: false; errors: string[] };

const compiled = TypeCompiler.Compile(CsvMappingSchema);

/** Checks a parsed mapping file: its shape, and that every path is a field of the canonical declaration. */
export function parseCsvMapping(value: unknown): CsvMappingResult {
  if (!compiled.Check(value)) {
    const seen = new Set<string>();
    const errors = [...compiled.Errors(value)]
      .filter((error) => !seen.has(error.path) && seen.add(error.path) !== undefined)
      .slice(0, 10)
      .map((error) => `${formatPath(pointerSegments(error.path)) || 'mapping'}: ${error.message}`);
    return { ok: false, errors };
  }
  const errors = [
    ...value.columns.flatMap((column) => columnErrors(column, value.groupBy !== undefined)),
    ...Object.entries(value.defaults ?? {}).flatMap(([path, constant]) =>
      targetErrors(path, typeof constant === 'number' ? 'number' : 'string', value.groupBy !== undefined),
    ),
  ];
  return errors.length === 0
    ? { ok: true, mapping: value }
    : { ok: false, errors: errors.map((e) => `${value.name}: ${e}`) };
}

/** Resolves a mapping path; `undefined` when it names nothing. */
export function resolveTarget(path: string): MappingTarget | undefined {
  const segments = parsePath(path);
  if (segments === undefined) return undefined;
  if (segments[0] === 'outcome') {
    const field = segments[1] as OutcomeField;
    return segments.length === 2 && OUTCOME_FIELDS.includes(field) ? { kind: 'outcome', field } : undefined;
  }
  if (describeField(segments).schema === undefined) return undefined;
  return { kind: 'declaration', segments, itemLevel: segments[0] === 'goodsItems' };
}

function columnErrors(column: CsvColumnMapping, grouped: boolean): string[] {
  const valueType = column.type === 'number' || column.type === 'integer' ? 'number' : 'string';
  return targetErrors(column.path, valueType, grouped).map(
    (error) => `column ${JSON.stringify(column.column)}: ${error}`,
  );
}

function targetErrors(path: string, valueType: 'string' | 'number', grouped: boolean): string[] {
  const target = resolveTarget(path);
  if (target === undefined) return [`path ${JSON.stringify(path)} is not a field of the canonical declaration`];
  if (target.kind === 'outcome') return valueType === 'number' ? [] : [`outcome ${path} needs type number or integer`];
  const schema = describeField(target.segments).schema as { type?: string } | undefined;
  const fieldType = schema?.type === 'integer' ? 'number' : schema?.type;
  const errors: string[] = [];
  if (fieldType !== valueType) errors.push(`path ${path} holds a ${fieldType ?? 'structure'}, not a ${valueType}`);
  if (grouped && target.itemLevel && target.segments[1] !== '*') {
    errors.push(`path ${path}: with groupBy, address the row's goods item as goodsItems[*]`);
  }
  return errors;
}
