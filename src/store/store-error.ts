/** Why a store call failed; expected per-item situations (duplicates) are results, not errors. */
export type StoreErrorCode =
  /** The store URL names no supported engine, or an option is malformed (schema name...). */
  | 'invalid-config'
  /** A query parameter out of range (limit, dates) or a cursor this store did not issue. */
  | 'invalid-query'
  /** A raw message whose bytes do not hash to its `sha256`: storing it would break lineage for good. */
  | 'raw-hash-mismatch'
  /** Another writer changed the same declarations at the same time, and retries did not resolve it. */
  | 'write-conflict'
  /** The database refused the batch (constraint, id already used by another key...): nothing was written. */
  | 'append-failed'
  /** The database holds a migration this build does not know under that number. */
  | 'migration-mismatch';

/** A store failure with a code to act on; the driver error, if any, is kept as `cause`. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

export function isStoreError(value: unknown): value is StoreError {
  return value instanceof StoreError;
}
