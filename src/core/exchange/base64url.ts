const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALID = /^[A-Za-z0-9_-]*$/;
const CHUNK = 0x8000;

/** Base64url without padding (RFC 7515 §2), as JWS requires; `btoa` does the work. */
export function encodeBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Strict decoder: padding, whitespace, standard-base64 characters and non-zero trailing
 * bits are refused, so one byte sequence has exactly one encoding (no malleability).
 * Returns `undefined` for anything that is not canonical base64url.
 */
export function decodeBase64url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1 || !VALID.test(text)) return undefined;
  const spare = (text.length * 6) % 8;
  if (spare > 0 && (ALPHABET.indexOf(text[text.length - 1]!) & ((1 << spare) - 1)) !== 0) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) out[index] = binary.charCodeAt(index);
  return out;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** UTF-8 decoding that refuses invalid sequences instead of replacing them. */
export function fromUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
