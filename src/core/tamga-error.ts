/** Every way a request can fail that is not a finding. The HTTP adapter maps each to a status. */
export type TamgaErrorCode =
  | 'bad-request'
  | 'malformed-input'
  | 'not-found'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'unavailable'
  | 'internal';

/** A domain error: a code to act on, a message for people, a pointer where one helps. */
export class TamgaError extends Error {
  override readonly name = 'TamgaError';
  readonly code: TamgaErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: TamgaErrorCode, message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options?.details;
  }
}

export function isTamgaError(value: unknown): value is TamgaError {
  return value instanceof TamgaError;
}
