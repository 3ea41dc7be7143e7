import { canonicalJson } from '../model/canonical-json.js';
import { decodeBase64url, encodeBase64url, fromUtf8, utf8 } from './base64url.js';
import type { MessageSigner } from './ports/signature.js';
import { isRejection, reject, type Rejection } from './rejection.js';

/** A JWS that passed every check that needs no key: form, header profile, canonical payload. */
export interface ParsedJws {
  /** The compact serialisation, whatever form arrived: what the log digests. */
  compact: string;
  header: { alg: 'EdDSA'; kid: string; typ: string };
  payload: Record<string, unknown>;
  signingInput: Uint8Array;
  signature: Uint8Array;
}

export interface ParseJwsOptions {
  /** Expected `typ`: messages and checkpoints are not interchangeable. */
  typ: string;
  /** Size limit in characters of the compact form; default 1 MiB. */
  maxLength?: number;
}

const ALLOWED_HEADER = new Set(['alg', 'kid', 'typ']);
const KEY_HEADERS = ['jwk', 'jku', 'x5c', 'x5u', 'x5t', 'x5t#S256'];

/** Signs `payload` as RFC 8785 JSON in a compact JWS with `alg: EdDSA`. */
export function signJws(payload: object, options: { signer: MessageSigner; typ: string }): string {
  const header = canonicalJson({ alg: 'EdDSA', kid: options.signer.kid, typ: options.typ });
  const signingInput = `${encodeBase64url(utf8(header))}.${encodeBase64url(utf8(canonicalJson(payload)))}`;
  return `${signingInput}.${encodeBase64url(options.signer.sign(utf8(signingInput)))}`;
}

/**
 * Reads a compact JWS string, or a flattened JSON serialisation (object or its text),
 * refusing with a precise code everything outside Tamga's profile. Does not verify the
 * signature: that needs the key registry (see open-message.ts).
 */
export function parseJws(input: unknown, options: ParseJwsOptions): ParsedJws | Rejection {
  const parts = toParts(input, options.maxLength ?? 1_048_576);
  if ('status' in parts) return parts;
  const header = readHeader(parts.protected, options.typ);
  if ('status' in header) return header;
  if (parts.signature === '') return reject('unsigned', 'the JWS signature is empty');
  const signature = decodeBase64url(parts.signature);
  if (!signature) return reject('malformed-jws', 'the signature is not base64url');
  if (signature.length !== 64)
    return reject('malformed-signature', `the signature has ${signature.length} bytes, Ed25519 needs 64`);
  const read = readPayload(parts.payload);
  if (isRejection(read)) return read;
  const { payload } = read;
  const signingInput = `${parts.protected}.${parts.payload}`;
  return {
    compact: `${signingInput}.${parts.signature}`,
    header,
    payload,
    signingInput: utf8(signingInput),
    signature,
  };
}

interface Parts {
  protected: string;
  payload: string;
  signature: string;
}

function toParts(input: unknown, maxLength: number): Parts | Rejection {
  if (typeof input === 'string') {
    if (input.length > maxLength)
      return reject('message-too-large', `the message has ${input.length} characters; the limit is ${maxLength}`);
    if (input.trimStart().startsWith('{')) return flattenedParts(parseJsonText(input));
    const segments = input.split('.');
    if (segments.length === 5) return reject('malformed-jws', 'an encrypted JWE is not accepted: send a signed JWS');
    if (segments.length !== 3)
      return reject('malformed-jws', `a compact JWS has 3 segments; this has ${segments.length}`);
    return { protected: segments[0]!, payload: segments[1]!, signature: segments[2]! };
  }
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    if (JSON.stringify(input).length > maxLength)
      return reject('message-too-large', `the message exceeds ${maxLength} characters`);
    return flattenedParts(input as Record<string, unknown>);
  }
  return reject('malformed-jws', 'the message is neither a compact JWS string nor a JWS JSON object');
}

function parseJsonText(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function flattenedParts(object: Record<string, unknown> | undefined): Parts | Rejection {
  if (!object) return reject('malformed-jws', 'the JSON is not a JWS object');
  if ('signatures' in object)
    return reject(
      'malformed-jws',
      'the general JSON serialisation (several signatures) is not accepted: send one signature',
    );
  if (!('signature' in object) && !('protected' in object)) {
    return reject('unsigned', 'the message is plain JSON with no JWS signature: sign it (alg EdDSA)');
  }
  if ('header' in object)
    return reject(
      'unsupported-header',
      'unprotected header members are not accepted: put them in the protected header',
    );
  const { protected: protectedHeader, payload, signature } = object;
  if (typeof protectedHeader !== 'string' || typeof payload !== 'string') {
    return reject('malformed-jws', 'a flattened JWS needs string members "protected" and "payload"');
  }
  if (signature === undefined || signature === '') return reject('unsigned', 'the JWS has no signature');
  if (typeof signature !== 'string') return reject('malformed-jws', 'the JWS member "signature" must be a string');
  return { protected: protectedHeader, payload, signature };
}

function readHeader(segment: string, typ: string): ParsedJws['header'] | Rejection {
  const bytes = decodeBase64url(segment);
  if (!bytes) return reject('malformed-jws', 'the protected header is not base64url');
  const text = fromUtf8(bytes);
  const header = text === undefined ? undefined : parseJsonText(text);
  if (!header || text === undefined) return reject('malformed-header', 'the protected header is not a JSON object');
  if (canonicalJson(header) !== text)
    return reject('non-canonical-header', 'the protected header is not RFC 8785 canonical JSON');
  if (header.alg !== 'EdDSA')
    return reject(
      'unsupported-alg',
      `alg ${JSON.stringify(header.alg ?? null)} is not accepted: Tamga signs and verifies EdDSA (Ed25519) only`,
    );
  const keyHeader = KEY_HEADERS.find((name) => name in header);
  if (keyHeader)
    return reject(
      'embedded-key',
      `the header member "${keyHeader}" is refused: keys come from the member registry only`,
    );
  const unknown = Object.keys(header).find((name) => !ALLOWED_HEADER.has(name));
  if (unknown) return reject('unsupported-header', `the header member "${unknown}" is not supported`);
  if (header.typ !== typ)
    return reject('unsupported-header', `typ ${JSON.stringify(header.typ ?? null)} is not ${typ}`);
  if (typeof header.kid !== 'string' || header.kid === '')
    return reject('missing-kid', 'the header names no key id (kid)');
  return { alg: 'EdDSA', kid: header.kid, typ };
}

/** Wrapped, so that a payload claim named `status` can never pass for a rejection. */
function readPayload(segment: string): { payload: Record<string, unknown> } | Rejection {
  const bytes = decodeBase64url(segment);
  if (!bytes) return reject('malformed-jws', 'the payload is not base64url');
  const text = fromUtf8(bytes);
  if (text === undefined) return reject('malformed-payload', 'the payload is not valid UTF-8');
  const payload = parseJsonText(text);
  if (!payload) return reject('malformed-payload', 'the payload is not a JSON object');
  if (canonicalJson(payload) !== text) {
    return reject(
      'non-canonical-payload',
      'the payload is not RFC 8785 canonical JSON (keys sorted, no spaces, no duplicate keys)',
    );
  }
  return { payload };
}
