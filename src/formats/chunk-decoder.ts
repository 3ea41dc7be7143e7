import type { DecodeEvent } from './decode-event.js';

/**
 * A format decoder fed chunk by chunk. Each call returns the events the input so far completes,
 * so a whole file and a stream go through the same code and memory stays bounded by one unit.
 * Iterate what `push` returns before the next call: some decoders produce their events lazily.
 */
export interface ChunkDecoder {
  push(chunk: Uint8Array): Iterable<DecodeEvent>;
  end(): Iterable<DecodeEvent>;
}

/** Joins byte chunks into one array (one copy). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let total = 0;
  for (const part of parts) total += part.length;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
