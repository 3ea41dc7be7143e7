/**
 * Ed25519 as the exchange needs it; the adapter (src/exchange/crypto) wraps node:crypto.
 * Keys travel as raw 32-byte values in base64url (JWK `x`), so that the core stays pure.
 */
export interface MessageSigner {
  /** Key id written to the JWS `kid` header. */
  kid: string;
  sign(data: Uint8Array): Uint8Array;
}

/** True when `signature` is a valid Ed25519 signature of `data` under `publicKey` (base64url). */
export type SignatureVerifier = (publicKey: string, data: Uint8Array, signature: Uint8Array) => boolean;
