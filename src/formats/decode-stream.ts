import type { SourceFormat } from '../core/model/record.js';
import type { ChunkDecoder } from './chunk-decoder.js';
import { concatBytes } from './chunk-decoder.js';
import { createFormatDecoder } from './create-format-decoder.js';
import type { DecodeEvent } from './decode-event.js';
import type { DecodeOptions } from './decode-options.js';
import { decodeProblem } from './decode-problem.js';
import { unrecognised } from './decode-message.js';
import { detectFormat } from './detect-format.js';
import { createUtf16Transcoder, sniffBom } from './text-encoding.js';

/** Bytes collected before detecting the format, unless a line break comes first. */
const SNIFF_BYTES = 64 * 1024;

interface Started {
  format: SourceFormat;
  decoder: ChunkDecoder;
  transcode?: ReturnType<typeof createUtf16Transcoder>;
}

/**
 * Decodes a byte stream (a large file, an upload) with bounded memory: CSV rows and XML
 * declaration documents come out as their bytes arrive. Same events as `decodeMessage`.
 * Stops reading the source when the input cannot be decoded at all (unknown format, bad UTF-16).
 */
export async function* decodeStream(
  chunks: AsyncIterable<Uint8Array>,
  options: DecodeOptions = {},
): AsyncGenerator<DecodeEvent> {
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let started: Started | undefined;
  for await (const chunk of chunks) {
    if (started === undefined) {
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes < SNIFF_BYTES && !chunk.includes(0x0a)) continue;
      started = yield* open(concatBytes(head), options);
    } else started = yield* feed(started, chunk);
    if (started === undefined) return;
  }
  started ??= yield* open(concatBytes(head), options);
  if (started === undefined) return;
  const tail = started.transcode?.end();
  if (started.transcode !== undefined && tail === undefined) {
    yield badUtf16(started.format);
    return;
  }
  if (tail !== undefined && tail.length > 0) yield* started.decoder.push(tail);
  yield* started.decoder.end();
}

/** Detects the format of the first bytes and feeds them; `undefined` when decoding cannot start. */
function* open(bytes: Uint8Array, options: DecodeOptions): Generator<DecodeEvent, Started | undefined> {
  const started = start(bytes, options);
  if (started === undefined) {
    yield unrecognised(bytes);
    return undefined;
  }
  return yield* feed(started, bytes.subarray(started.transcode ? sniffBom(bytes).length : 0));
}

/** Feeds one chunk; `undefined` when it is not valid UTF-16 (decoding stops). */
function* feed(started: Started, chunk: Uint8Array): Generator<DecodeEvent, Started | undefined> {
  const events = push(started, chunk);
  if (events === undefined) {
    yield badUtf16(started.format);
    return undefined;
  }
  yield* events;
  return started;
}

function start(bytes: Uint8Array, options: DecodeOptions): Started | undefined {
  const format = options.format ?? detectFormat(bytes);
  if (format === undefined) return undefined;
  const bom = sniffBom(bytes);
  const transcode = bom.encoding === 'utf-8' ? undefined : createUtf16Transcoder(bom.encoding);
  return { format, decoder: createFormatDecoder(format, options), transcode };
}

/** Feeds a chunk (UTF-16 converted first); `undefined` when the UTF-16 is invalid. */
function push(started: Started, chunk: Uint8Array): Iterable<DecodeEvent> | undefined {
  if (started.transcode === undefined) return started.decoder.push(chunk);
  const utf8 = started.transcode.push(chunk);
  return utf8 === undefined ? undefined : started.decoder.push(utf8);
}

function badUtf16(format: SourceFormat): DecodeEvent {
  return decodeProblem(format, 'bad-encoding', {
    message: 'the input starts with a UTF-16 byte-order mark but is not valid UTF-16',
  });
}
