import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { MessageSigner, SignatureVerifier } from '../../core/exchange/ports/signature.js';

/** An Ed25519 private key as a JWK (RFC 8037) with its key id: the form key files hold. */
export interface PrivateKeyJwk {
  kid: string;
  kty: 'OKP';
  crv: 'Ed25519';
  /** Public key, base64url. */
  x: string;
  /** Private key, base64url. */
  d: string;
}

export function generateKeyPair(kid: string): PrivateKeyJwk {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return { kid, kty: 'OKP', crv: 'Ed25519', x: jwk.x!, d: jwk.d! };
}

export function isPrivateKeyJwk(value: unknown): value is PrivateKeyJwk {
  const jwk = value as Partial<PrivateKeyJwk> | null;
  return (
    typeof jwk === 'object' &&
    jwk !== null &&
    jwk.kty === 'OKP' &&
    jwk.crv === 'Ed25519' &&
    typeof jwk.kid === 'string' &&
    typeof jwk.x === 'string' &&
    typeof jwk.d === 'string'
  );
}

export function createSigner(jwk: PrivateKeyJwk): MessageSigner {
  const key = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d }, format: 'jwk' });
  return { kid: jwk.kid, sign: (data) => sign(null, data, key) };
}

const publicKeys = new Map<string, KeyObject | null>();

function publicKeyObject(x: string): KeyObject | null {
  let key = publicKeys.get(x);
  if (key === undefined) {
    try {
      key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
    } catch {
      key = null;
    }
    if (publicKeys.size > 10_000) publicKeys.clear();
    publicKeys.set(x, key);
  }
  return key;
}

/** Ed25519 verification over node:crypto; a malformed public key verifies nothing. */
export const verifySignature: SignatureVerifier = (publicKey, data, signature) => {
  const key = publicKeyObject(publicKey);
  if (!key) return false;
  try {
    return verify(null, data, key, signature);
  } catch {
    return false;
  }
};
