import type { EdifactEvent } from './edifact-message.js';
import { EdifactStreamParser, type EdifactReadOptions } from './edifact-stream-parser.js';

/** Bytes of an interchange: whole, or as chunks (a file or HTTP stream). */
export type EdifactSource = Uint8Array | string | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * A string is taken as the characters of the interchange: Latin-1 bytes when every character fits in
 * one byte (UNOA to UNOC), UTF-8 otherwise (UNOW).
 */
export function sourceBytes(text: string): Buffer {
  return Buffer.from(text, /[\u0100-\uffff]/.test(text) ? 'utf8' : 'latin1');
}

function isAsync(source: EdifactSource): source is AsyncIterable<Uint8Array> {
  return typeof source === 'object' && Symbol.asyncIterator in source;
}

/** Reads an interchange as events, one message at a time (bounded memory for streamed input). */
export async function* readEdifact(source: EdifactSource, options?: EdifactReadOptions): AsyncGenerator<EdifactEvent> {
  const parser = new EdifactStreamParser(options);
  if (typeof source === 'string' || source instanceof Uint8Array) {
    yield* readEdifactSync(source, options);
    return;
  }
  if (isAsync(source)) {
    for await (const chunk of source) yield* parser.push(chunk);
  } else {
    for (const chunk of source) yield* parser.push(chunk);
  }
  yield* parser.end();
}

/** Reads a whole interchange held in memory. */
export function readEdifactSync(source: Uint8Array | string, options?: EdifactReadOptions): EdifactEvent[] {
  const parser = new EdifactStreamParser(options);
  const bytes = typeof source === 'string' ? sourceBytes(source) : source;
  return [...parser.push(bytes), ...parser.end()];
}
