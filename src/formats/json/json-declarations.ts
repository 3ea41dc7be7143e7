import type { DecodeEvent, RawUnit } from '../decode-event.js';
import { checkDeclaration } from '../declaration-check.js';
import { decodeProblem, quoteValue } from '../decode-problem.js';
import type { Declaration } from '../../core/model/declaration-schema.js';

const encoder = new TextEncoder();
export const JSON_MEDIA_TYPE = 'application/json';

/**
 * The declarations a parsed JSON document holds: one declaration, an array of them, or
 * `{ "declarations": [...] }`. `raw` is the document itself when it is one declaration.
 */
export function* declarationsOfJson(value: unknown, raw: RawUnit): Generator<DecodeEvent> {
  const list = Array.isArray(value) ? value : isBatch(value) ? value.declarations : undefined;
  if (list?.length === 0) {
    yield decodeProblem('json', 'empty-input', { message: 'the JSON batch holds no declarations', raw });
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* declarationEvent(value[i], i, rawOf(value[i]));
    return;
  }
  if (isBatch(value)) {
    for (let i = 0; i < value.declarations.length; i++) {
      yield* declarationEvent(value.declarations[i], i, rawOf(value.declarations[i]));
    }
    return;
  }
  yield* declarationEvent(value, 0, raw);
}

/** One JSON value that should be a declaration: the declaration, or one problem per fault. */
export function* declarationEvent(value: unknown, position: number, raw: RawUnit): Generator<DecodeEvent> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    yield decodeProblem('json', 'wrong-type', {
      message: `declaration ${position}: expected a declaration object, got ${quoteValue(value)}`,
      position,
      raw,
    });
    return;
  }
  const faults = checkDeclaration(value);
  if (faults.length === 0) {
    yield { kind: 'declaration', format: 'json', declaration: value as Declaration, position, raw };
    return;
  }
  for (const fault of faults) {
    yield decodeProblem('json', fault.code, { message: fault.message, position, element: fault.path, raw });
  }
}

function isBatch(value: unknown): value is { declarations: unknown[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { declarations?: unknown }).declarations) &&
    !('functionCode' in value)
  );
}

function rawOf(value: unknown): RawUnit {
  return { body: encoder.encode(JSON.stringify(value) ?? 'null'), mediaType: JSON_MEDIA_TYPE };
}
