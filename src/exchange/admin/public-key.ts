import { createPublicKey } from 'node:crypto';

/**
 * Reads an Ed25519 public key given as base64url (JWK `x`), as a JWK JSON text, or as a
 * PEM `PUBLIC KEY`, and returns it as base64url. Other key types are refused.
 */
export function readPublicKey(text: string): { publicKey: string } | { error: string } {
  const trimmed = text.trim();
  if (/^[A-Za-z0-9_-]{43}$/.test(trimmed)) return checked({ kty: 'OKP', crv: 'Ed25519', x: trimmed });
  if (trimmed.startsWith('{')) {
    try {
      const jwk = JSON.parse(trimmed) as { kty?: string; crv?: string; x?: string };
      if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string')
        return { error: 'the JWK is not an Ed25519 key (kty OKP, crv Ed25519, x)' };
      return checked({ kty: 'OKP', crv: 'Ed25519', x: jwk.x });
    } catch {
      return { error: 'the key looks like JSON but does not parse' };
    }
  }
  if (trimmed.includes('BEGIN PUBLIC KEY')) {
    try {
      const key = createPublicKey(trimmed);
      if (key.asymmetricKeyType !== 'ed25519')
        return { error: `the PEM key is ${key.asymmetricKeyType ?? 'of an unknown type'}, not Ed25519` };
      return { publicKey: key.export({ format: 'jwk' }).x! };
    } catch {
      return { error: 'the PEM public key does not parse' };
    }
  }
  return { error: 'give the Ed25519 public key as base64url (43 characters), a JWK or a PEM PUBLIC KEY' };
}

function checked(jwk: { kty: string; crv: string; x: string }): { publicKey: string } | { error: string } {
  try {
    createPublicKey({ key: jwk, format: 'jwk' });
    return { publicKey: jwk.x };
  } catch {
    return { error: 'the public key is not a valid Ed25519 point' };
  }
}
