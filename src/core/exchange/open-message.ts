import type { Envelope } from './envelope.js';
import { MESSAGE_TYP } from './envelope.js';
import { readEnvelope } from './envelope-schema.js';
import { parseJws, type ParsedJws } from './jws.js';
import { keyStatus, type MemberDirectory, type MemberKey } from './member.js';
import type { SignatureVerifier } from './ports/signature.js';
import { isRejection, reject, type Rejection } from './rejection.js';

/** Limits on what a receiver accepts. */
export interface MessageLimits {
  /** Characters of the compact JWS. */
  maxLength: number;
  /** How far in the future `issuedAt` may be (clocks differ). */
  clockSkewMs: number;
  /** Longest `expiresAt - issuedAt`; also bounds how long message ids must be remembered. */
  maxLifetimeMs: number;
}

export const DEFAULT_LIMITS: MessageLimits = {
  maxLength: 1_048_576,
  clockSkewMs: 5 * 60_000,
  maxLifetimeMs: 7 * 24 * 3_600_000,
};

export interface OpenMessageOptions {
  /** The receiver's member id: messages for anyone else are refused. */
  self: string;
  now: Date;
  directory: MemberDirectory;
  verify: SignatureVerifier;
  limits?: Partial<MessageLimits>;
}

/** A message whose signature, sender, key, recipient and times all check out. */
export interface OpenedMessage {
  status: 'verified';
  envelope: Envelope;
  jws: ParsedJws;
  key: MemberKey;
}

/**
 * Verifies a received message up to what needs no store: form, header profile, claims,
 * sender, key validity, signature, recipient and times. Policy (agreement) checks follow in
 * check-inbound-policy.ts, replay and correlation checks in the receive use case.
 * The key must be valid when the message was issued and not revoked by now, so a message
 * signed just before a rotation still arrives, but a revoked key is refused at once.
 */
export function openMessage(input: unknown, options: OpenMessageOptions): OpenedMessage | Rejection {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const jws = parseJws(input, { typ: MESSAGE_TYP, maxLength: limits.maxLength });
  if (isRejection(jws)) return jws;
  const envelope = readEnvelope(jws.payload);
  if (isRejection(envelope)) return jws.payload.id === undefined ? envelope : withClaims(envelope, jws.payload);
  const checked = checkSigner(jws, envelope, options) ?? checkAddressAndTime(envelope, options, limits);
  if (checked) return { ...checked, messageId: envelope.id, sender: envelope.sender };
  return { status: 'verified', envelope, jws, key: options.directory.key(jws.header.kid)! };
}

function withClaims(rejection: Rejection, payload: Record<string, unknown>): Rejection {
  const messageId = typeof payload.id === 'string' ? payload.id : undefined;
  const sender = typeof payload.sender === 'string' ? payload.sender : undefined;
  return { ...rejection, messageId, sender };
}

function checkSigner(jws: ParsedJws, envelope: Envelope, options: OpenMessageOptions): Rejection | undefined {
  const member = options.directory.member(envelope.sender);
  if (!member) return reject('unknown-sender', `sender "${envelope.sender}" is not a member`);
  if (member.status !== 'active') return reject('sender-suspended', `member "${member.id}" is suspended`);
  const key = options.directory.key(jws.header.kid);
  if (!key) return reject('unknown-key', `no member key has kid "${jws.header.kid}"`);
  if (key.memberId !== member.id)
    return reject('key-sender-mismatch', `key "${key.kid}" belongs to "${key.memberId}", not to "${member.id}"`);
  const revoked = keyStatus(key, options.now) === 'revoked';
  const status = revoked ? 'revoked' : keyStatus(key, new Date(envelope.issuedAt));
  if (status !== 'valid') return reject(`key-${status}`, `key "${key.kid}" is ${status.replaceAll('-', ' ')}`);
  if (options.verify(key.publicKey, jws.signingInput, jws.signature)) return undefined;
  const other = member.keys.find(
    (candidate) => candidate.kid !== key.kid && options.verify(candidate.publicKey, jws.signingInput, jws.signature),
  );
  if (other) return reject('wrong-key', `signed with key "${other.kid}" while the header names "${key.kid}"`);
  return reject(
    'bad-signature',
    `the signature does not verify under key "${key.kid}": the message was altered or forged`,
  );
}

function checkAddressAndTime(
  envelope: Envelope,
  options: OpenMessageOptions,
  limits: MessageLimits,
): Rejection | undefined {
  if (envelope.recipient !== options.self)
    return reject('wrong-recipient', `addressed to "${envelope.recipient}", not to "${options.self}"`);
  const now = options.now.getTime();
  const issued = Date.parse(envelope.issuedAt);
  const expires = Date.parse(envelope.expiresAt);
  if (expires <= issued) return reject('invalid-envelope', 'expiresAt must be after issuedAt');
  if (issued > now + limits.clockSkewMs)
    return reject(
      'issued-in-future',
      `issued at ${envelope.issuedAt}, later than now plus ${limits.clockSkewMs / 1000} s`,
    );
  if (expires <= now) return reject('expired', `expired at ${envelope.expiresAt}`);
  if (expires - issued > limits.maxLifetimeMs)
    return reject(
      'lifetime-too-long',
      `valid for ${Math.round((expires - issued) / 1000)} s; at most ${limits.maxLifetimeMs / 1000} s`,
    );
  return undefined;
}
