import { bytePosition, hexAround } from './byte-position.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Bom {
  encoding: TextEncodingName;
  /** Bytes the byte-order mark takes (0 when there is none). */
  length: number;
}

/** Tamga reads UTF-8; UTF-16 is accepted only when a byte-order mark says so. */
export function sniffBom(bytes: Uint8Array): Bom {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return { encoding: 'utf-8', length: 0 };
}

/** Plain-language explanation of an invalid byte, with where it is. */
export function describeBadByte(bytes: Uint8Array, offset: number, context: BadByteContext = {}): string {
  const { line, column } = bytePosition(bytes, offset, context.lineStart);
  const absolute = (context.base ?? 0) + offset;
  return `invalid UTF-8 at byte offset ${absolute} (line ${line}, column ${column}; bytes ${hexAround(bytes, offset)}).${encodingHint(bytes, offset)}`;
}

export interface BadByteContext {
  /** A known line start before the offset, to count lines from (default: the start of `bytes`, line 1). */
  lineStart?: { offset: number; line: number };
  /** Offset of `bytes[0]` in the whole input. */
  base?: number;
}

/** What to do about an invalid byte: a lone high byte before ASCII is the mark of Latin-1. */
export function encodingHint(bytes: Uint8Array, offset: number): string {
  const byte = bytes[offset];
  return byte !== undefined && byte >= 0x80 && (bytes[offset + 1] ?? 0) < 0x80
    ? ' The file looks Latin-1 or Windows-1252 encoded: save it as UTF-8.'
    : ' Save the file as UTF-8.';
}

/**
 * Converts UTF-16 chunks (after the BOM) to UTF-8 bytes, chunk by chunk. Returns `undefined`
 * where the input is not valid UTF-16 (an unpaired surrogate, an odd trailing byte).
 */
export function createUtf16Transcoder(encoding: 'utf-16le' | 'utf-16be') {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const encoder = new TextEncoder();
  const convert = (chunk: Uint8Array | undefined, stream: boolean): Uint8Array | undefined => {
    try {
      return encoder.encode(decoder.decode(chunk, { stream }));
    } catch {
      return undefined;
    }
  };
  return {
    push: (chunk: Uint8Array) => convert(chunk, true),
    end: () => convert(undefined, false),
  };
}
