import type { RejectionCode } from '../../core/exchange/rejection.js';

/**
 * HTTP status of each rejection, exhaustive so that a new code cannot ship without one.
 * 400: not a Tamga JWS; 403: signer or agreement does not allow it; 409: already processed;
 * 413: too large; 422: well-formed and authentic but not acceptable (time, recipient, body).
 */
export const REJECTION_STATUS: Record<RejectionCode, number> = {
  unsigned: 400,
  'malformed-jws': 400,
  'message-too-large': 413,
  'malformed-header': 400,
  'non-canonical-header': 400,
  'unsupported-alg': 400,
  'missing-kid': 400,
  'embedded-key': 400,
  'unsupported-header': 400,
  'malformed-signature': 400,
  'malformed-payload': 400,
  'non-canonical-payload': 400,
  'invalid-envelope': 400,
  'unknown-sender': 403,
  'sender-suspended': 403,
  'sender-not-authenticated': 403,
  'unknown-key': 403,
  'key-sender-mismatch': 403,
  'key-revoked': 403,
  'key-expired': 403,
  'key-not-yet-valid': 403,
  'bad-signature': 403,
  'wrong-key': 403,
  'wrong-recipient': 422,
  expired: 422,
  'issued-in-future': 422,
  'lifetime-too-long': 422,
  replayed: 409,
  'no-agreement': 403,
  'agreement-inactive': 403,
  'agreement-version-mismatch': 409,
  'wrong-direction': 403,
  'wrong-purpose': 403,
  'message-type-not-allowed': 403,
  'field-not-allowed': 403,
  'out-of-scope': 403,
  'invalid-body': 422,
  'unknown-correlation': 422,
};
