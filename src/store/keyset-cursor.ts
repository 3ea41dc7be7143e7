import { StoreError } from './store-error.js';

/** A keyset position of several columns; the store encodes it and alone reads it back. */
export type Keyset = readonly (string | number)[];

export function encodeKeyset(values: Keyset): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Reads a cursor back, checking it has the shape (`'s'` string, `'n'` number per column) the query expects. */
export function decodeKeyset(cursor: string, shape: string): (string | number)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const fits =
    Array.isArray(parsed) &&
    parsed.length === shape.length &&
    parsed.every((value, i) => typeof value === (shape[i] === 'n' ? 'number' : 'string'));
  if (!fits) throw new StoreError('invalid-query', 'The cursor is not one this store issued: start again without it.');
  return parsed as (string | number)[];
}
