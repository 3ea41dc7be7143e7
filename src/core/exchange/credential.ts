import type { Sha256 } from '../ports/hasher.js';

/**
 * An API key for the HTTP API, stored as the SHA-256 of its secret. The secret is 32 random
 * bytes, so a fast hash is enough (no dictionary to attack); the token is shown once.
 * Token form: `tmg_<credential id>_<secret>`.
 */
export interface ApiCredential {
  id: string;
  memberId: string;
  secretHash: string;
  createdAt: string;
  revokedAt?: string;
}

const TOKEN = /^tmg_([a-f0-9]{16})_([A-Za-z0-9_-]{43})$/;

export function formatApiToken(id: string, secret: string): string {
  return `tmg_${id}_${secret}`;
}

export function parseApiToken(token: string): { id: string; secret: string } | undefined {
  const match = TOKEN.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : undefined;
}

export type AuthenticationResult =
  | { status: 'authenticated'; memberId: string; credentialId: string }
  | { status: 'refused'; reason: 'malformed-token' | 'unknown-credential' | 'revoked-credential' | 'wrong-secret' };

/** Checks a bearer token against its stored credential, comparing hashes in constant time. */
export function authenticateToken(
  token: string,
  credential: ApiCredential | undefined,
  sha256: Sha256,
): AuthenticationResult {
  const parsed = parseApiToken(token);
  if (!parsed) return { status: 'refused', reason: 'malformed-token' };
  if (!credential || credential.id !== parsed.id) return { status: 'refused', reason: 'unknown-credential' };
  if (credential.revokedAt !== undefined) return { status: 'refused', reason: 'revoked-credential' };
  if (!constantTimeEqual(sha256(parsed.secret), credential.secretHash))
    return { status: 'refused', reason: 'wrong-secret' };
  return { status: 'authenticated', memberId: credential.memberId, credentialId: credential.id };
}

function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    difference |= (a.charCodeAt(index) || 0) ^ (b.charCodeAt(index) || 0);
  }
  return difference === 0;
}
