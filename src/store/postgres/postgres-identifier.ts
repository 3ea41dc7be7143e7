import { StoreError } from '../store-error.js';

/** Schema names come from configuration: accept plain identifiers only, then quote them anyway. */
export function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) {
    throw new StoreError('invalid-config', `"${name}" is not a valid schema name: use letters, digits and _.`);
  }
  return `"${name}"`;
}
