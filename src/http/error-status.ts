import type { TamgaErrorCode } from '../core/tamga-error.js';

/** Exhaustive: a new error code cannot ship without a status. */
export const statusForErrorCode: Record<TamgaErrorCode, number> = {
  'bad-request': 400,
  'malformed-input': 400,
  'not-found': 404,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  unavailable: 503,
  internal: 500,
};
