import { StoreError } from './store-error.js';

/** Where a page ended: keyset position (issue date, id), stable while rows are added. */
export interface PagePosition {
  issueDate: string;
  id: string;
}

export function encodeCursor(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.issueDate, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): PagePosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (cause) {
    throw new StoreError('invalid-query', 'The cursor is not one this store issued: start again without it.', {
      cause,
    });
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || !parsed.every((part) => typeof part === 'string')) {
    throw new StoreError('invalid-query', 'The cursor is not one this store issued: start again without it.');
  }
  const [issueDate, id] = parsed as [string, string];
  return { issueDate, id };
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new StoreError('invalid-query', `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}, not ${limit}.`);
  }
  return limit;
}
