const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALID = /^[A-Za-z0-9_-]*$/;

const PAIRS = Array.from({ length: 4096 }, (_, n) => ALPHABET[n >> 6]! + ALPHABET[n & 63]!);

/** Base64url without padding (RFC 7515 §2), as JWS requires; 12 bits per table lookup. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const n = (bytes[index]! << 16) | (bytes[index + 1]! << 8) | bytes[index + 2]!;
    out += PAIRS[n >> 12]! + PAIRS[n & 4095]!;
  }
  const rest = bytes.length - index;
  if (rest === 1) out += PAIRS[bytes[index]! << 4]!;
  else if (rest === 2) {
    const n = (bytes[index]! << 8) | bytes[index + 1]!;
    out += PAIRS[n >> 4]! + ALPHABET[(n << 2) & 63]!;
  }
  return out;
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
