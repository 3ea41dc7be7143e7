import { TypeCompiler } from '@sinclair/typebox/compiler';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { DeclarationSchema, type Declaration } from '../core/model/declaration-schema.js';
import type { DecodeProblemCode } from './decode-event.js';
import { quoteValue } from './decode-problem.js';
import { describeField, formatPath, pointerSegments } from './schema-path.js';
import { findNumberViolations } from './wco-number-format.js';

/** One structural fault in a decoded declaration, in words a filer can act on. */
export interface DeclarationFault {
  /** Canonical path, e.g. `goodsItems[0].netMassKg`. */
  path: string;
  /** `goodsItems[0].netMassKg (net mass (kg), WCO 128): expected a number, got "12kg"`. */
  message: string;
  code: DecodeProblemCode;
}

// Compiled once: checking is then a few hundred nanoseconds per declaration.
const compiled = TypeCompiler.Compile(DeclarationSchema);
const MAX_FAULTS = 20;

export interface CheckOptions {
  /** Check the WCO numeric formats too (default); off where the decoder checked each number as it read it. */
  numbers?: boolean;
}

/** Checks a value against the canonical schema and the WCO numeric formats. */
export function checkDeclaration(value: unknown, options: CheckOptions = {}): DeclarationFault[] {
  if (compiled.Check(value)) {
    if (options.numbers === false) return [];
    return findNumberViolations(value).map(({ path, message }) => fault(path, message, 'schema-violation'));
  }
  const faults: DeclarationFault[] = [];
  const seen = new Set<string>();
  for (const error of compiled.Errors(value)) {
    if (seen.has(error.path)) continue;
    seen.add(error.path);
    faults.push(fault(pointerSegments(error.path), describeError(error), codeOf(error.type)));
    if (faults.length >= MAX_FAULTS) break;
  }
  return faults;
}

export function isDeclaration(value: unknown): value is Declaration {
  return compiled.Check(value);
}

/** `path (label, WCO id): what` — the form every decoder uses to name a field. */
export function fieldMessage(segments: readonly string[], what: string): string {
  const { label, wcoId } = describeField(segments);
  const path = formatPath(segments) || 'declaration';
  const about = label === undefined ? '' : ` (${label}${wcoId === undefined ? '' : `, WCO ${wcoId}`})`;
  return `${path}${about}: ${what}`;
}

function fault(segments: string[], what: string, code: DecodeProblemCode): DeclarationFault {
  return { path: formatPath(segments), message: fieldMessage(segments, what), code };
}

const TYPE_ERRORS = new Set<ValueErrorType>([
  ValueErrorType.String,
  ValueErrorType.Number,
  ValueErrorType.Integer,
  ValueErrorType.Boolean,
  ValueErrorType.Object,
  ValueErrorType.Array,
]);

function codeOf(type: ValueErrorType): DecodeProblemCode {
  if (type === ValueErrorType.ObjectRequiredProperty) return 'missing-element';
  if (type === ValueErrorType.ObjectAdditionalProperties) return 'unexpected-element';
  return TYPE_ERRORS.has(type) ? 'wrong-type' : 'schema-violation';
}

const DESCRIBE: Partial<Record<ValueErrorType, (schema: Record<string, unknown>) => string>> = {
  [ValueErrorType.ObjectRequiredProperty]: () => 'is required but missing',
  [ValueErrorType.ObjectAdditionalProperties]: () =>
    'is not a field of the canonical declaration (check the spelling, see schema/declaration.schema.json)',
  [ValueErrorType.String]: () => 'expected text',
  [ValueErrorType.Number]: () => 'expected a number',
  [ValueErrorType.Integer]: () => 'expected a whole number',
  [ValueErrorType.Object]: () => 'expected an object',
  [ValueErrorType.Array]: () => 'expected a list',
  [ValueErrorType.StringMaxLength]: (schema) => `is longer than ${String(schema.maxLength)} characters`,
  [ValueErrorType.NumberMinimum]: (schema) => `must be at least ${String(schema.minimum)}`,
  [ValueErrorType.IntegerMinimum]: (schema) => `must be at least ${String(schema.minimum)}`,
  [ValueErrorType.ArrayMaxItems]: (schema) => `has more than ${String(schema.maxItems)} entries`,
};

function describeError(error: ValueError): string {
  const got = error.type === ValueErrorType.ObjectRequiredProperty ? '' : `, got ${quoteValue(error.value)}`;
  const describe = DESCRIBE[error.type];
  if (describe !== undefined) {
    const what = describe(error.schema);
    return error.type === ValueErrorType.ObjectAdditionalProperties || error.type === ValueErrorType.ArrayMaxItems
      ? what
      : `${what}${got}`;
  }
  return `${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}${got}`;
}
