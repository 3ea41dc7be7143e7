import { createHmac, timingSafeEqual } from 'node:crypto';

export interface SessionClaims {
  /** User id. */
  sub: string;
  /** The user's session epoch when signed in: bumping it revokes every session. */
  epoch: number;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const PREFIX = 'tms1';

/** `tms1.<claims>.<HMAC-SHA256>`, base64url: stateless, revocable through the user's epoch. */
export function signSession(claims: SessionClaims, secret: string): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${PREFIX}.${body}.${mac(`${PREFIX}.${body}`, secret)}`;
}

export function verifySession(token: string, secret: string, now: Date): SessionClaims | undefined {
  const [prefix, body, signature] = token.split('.');
  if (prefix !== PREFIX || !body || !signature) return undefined;
  const expected = Buffer.from(mac(`${PREFIX}.${body}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SessionClaims;
    if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || claims.exp * 1000 <= now.getTime()) {
      return undefined;
    }
    return claims;
  } catch {
    return undefined;
  }
}

function mac(text: string, secret: string): string {
  return createHmac('sha256', secret).update(text).digest('base64url');
}
