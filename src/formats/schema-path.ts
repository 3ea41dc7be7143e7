import type { TSchema } from '@sinclair/typebox';
import { DeclarationSchema } from '../core/model/declaration-schema.js';

/** What the canonical schema says about a place in a declaration. */
export interface FieldDescription {
  /** Plain name (`x-label`), e.g. "net mass (kg)". */
  label?: string;
  /** WCO element or class ID (`x-wco-id`), e.g. "128". */
  wcoId?: string;
  /** The schema at that place, when the path leads to one. */
  schema?: TSchema;
}

/** `/goodsItems/0/netMassKg` (JSON pointer) → `['goodsItems', '0', 'netMassKg']`. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['goodsItems', '0', 'netMassKg']` → `goodsItems[0].netMassKg`. */
export function formatPath(segments: readonly string[]): string {
  let out = '';
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** Walks the canonical schema along a path; the label is that of the nearest annotated schema. */
export function describeField(segments: readonly string[], root: TSchema = DeclarationSchema): FieldDescription {
  let schema: TSchema | undefined = root;
  let described: FieldDescription = annotationOf(root);
  for (const segment of segments) {
    schema = schema === undefined ? undefined : childSchema(schema, segment);
    if (schema === undefined) break;
    const annotation = annotationOf(schema);
    if (annotation.label !== undefined) described = annotation;
  }
  return { ...described, schema };
}

/** `goodsItems[0].classifications[0].id` → segments, for mapping files. */
export function parsePath(path: string): string[] | undefined {
  if (!/^[A-Za-z_$][\w$]*(\[\d+\]|\[\*\]|\.[A-Za-z_$][\w$]*)*$/.test(path)) return undefined;
  return path.match(/[A-Za-z_$][\w$]*|\d+|\*/g) ?? undefined;
}

function childSchema(schema: TSchema, segment: string): TSchema | undefined {
  const record = schema as Record<string, unknown>;
  if (record.type === 'object' && typeof record.properties === 'object' && record.properties !== null) {
    return (record.properties as Record<string, TSchema>)[segment];
  }
  if (record.type === 'object' && typeof record.patternProperties === 'object' && record.patternProperties !== null) {
    return Object.values(record.patternProperties as Record<string, TSchema>)[0];
  }
  if (record.type === 'array' && /^(\d+|\*)$/.test(segment)) return record.items as TSchema;
  return undefined;
}

function annotationOf(schema: TSchema): FieldDescription {
  const record = schema as Record<string, unknown>;
  const label = record['x-label'];
  const wcoId = record['x-wco-id'];
  return {
    label: typeof label === 'string' ? label : undefined,
    wcoId: typeof wcoId === 'string' ? wcoId : undefined,
  };
}
