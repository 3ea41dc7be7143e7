/**
 * Why a message was refused. Each code has its own test (test/exchange/core/reject-*.test.ts)
 * and its HTTP status (src/exchange/http/rejection-status.ts).
 */
export const REJECTION_CODES = {
  // Form: what arrived is not a Tamga JWS.
  unsigned: 'no signature: a bare envelope, or a JWS with an empty signature',
  'malformed-jws': 'not a JWS in compact or flattened JSON form (segments, base64url, UTF-8)',
  'message-too-large': 'the message exceeds the size limit',
  'malformed-header': 'the protected header is not a JSON object',
  'non-canonical-header': 'the protected header is not RFC 8785 canonical JSON (duplicate keys, spacing, order)',
  'unsupported-alg': 'alg is not EdDSA (none, HS256, RS256, ES256... are refused)',
  'missing-kid': 'the header names no key id',
  'embedded-key': 'the header carries or points at a key (jwk, jku, x5c, x5u): keys come from the registry only',
  'unsupported-header': 'crit, b64, an unprotected header or an unknown typ',
  'malformed-signature': 'the signature is not 64 bytes',
  'malformed-payload': 'the payload is not a JSON object',
  'non-canonical-payload': 'the payload is not RFC 8785 canonical JSON (duplicate keys, spacing, order)',
  'invalid-envelope': 'a required claim is missing or has the wrong type or format',
  // Identity: who signed.
  'unknown-sender': 'the sender is not a member',
  'sender-suspended': 'the sender is suspended',
  'sender-not-authenticated': 'the sender claimed in the message is not the member that authenticated',
  'unknown-key': 'no member key has this key id',
  'key-sender-mismatch': 'the key belongs to another member',
  'key-revoked': 'the key was revoked',
  'key-expired': 'the key was rotated out (past its validity)',
  'key-not-yet-valid': 'the key is not valid yet',
  'bad-signature': 'the signature does not verify: content altered after signing, or forged',
  'wrong-key': 'signed with another of the sender\u2019s keys than the one the header names',
  // Addressing and time.
  'wrong-recipient': 'the message is addressed to someone else',
  expired: 'the message has expired',
  'issued-in-future': 'the message is dated in the future beyond the allowed clock skew',
  'lifetime-too-long': 'the message asks to stay valid longer than allowed',
  replayed: 'a message with this id was already processed',
  // Policy: what the agreement allows.
  'no-agreement': 'no agreement with this id binds the sender (unauthorised)',
  'agreement-inactive': 'the agreement is suspended, lapsed or not in force yet',
  'agreement-version-mismatch': 'the message cites an agreement version that is not the one in force',
  'wrong-direction': 'the agreement does not let this message type flow this way',
  'wrong-purpose': 'the message purpose differs from the agreement purpose',
  'message-type-not-allowed': 'the agreement does not cover this message type',
  'field-not-allowed': 'the message carries a field outside the agreement',
  'out-of-scope': 'the goods are outside the agreement scope',
  'invalid-body': 'the body does not fit its message type',
  'unknown-correlation': 'the reply answers no message sent to this member',
} as const;

export type RejectionCode = keyof typeof REJECTION_CODES;

/** A refused message: a value, never an exception. */
export interface Rejection {
  status: 'rejected';
  code: RejectionCode;
  /** Plain language, naming the claim, field or key concerned. */
  message: string;
  /** Claims that could be read before the refusal, for the log. */
  messageId?: string;
  sender?: string;
}

export const reject = (code: RejectionCode, message: string = REJECTION_CODES[code]): Rejection => ({
  status: 'rejected',
  code,
  message,
});

export const isRejection = (value: unknown): value is Rejection =>
  typeof value === 'object' && value !== null && (value as { status?: unknown }).status === 'rejected';
