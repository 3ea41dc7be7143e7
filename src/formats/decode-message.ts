import { createFormatDecoder } from './create-format-decoder.js';
import type { DecodeEvent } from './decode-event.js';
import type { DecodeOptions } from './decode-options.js';
import { decodeProblem } from './decode-problem.js';
import { detectFormat } from './detect-format.js';
import { createUtf16Transcoder, sniffBom } from './text-encoding.js';

/** Slices fed to a decoder at a time: events come out lazily and memory stays bounded. */
const SLICE = 1024 * 1024;

/**
 * Decodes one message (a whole file or request body) into declarations and problems. The format
 * is detected from content unless `options.format` says it; UTF-8 is required, UTF-16 accepted
 * with a byte-order mark. Never throws: whatever is wrong becomes a problem event, and decoding
 * goes on with the rest of the batch.
 */
export function* decodeMessage(bytes: Uint8Array, options: DecodeOptions = {}): Generator<DecodeEvent> {
  const format = options.format ?? detectFormat(bytes);
  if (format === undefined) {
    yield unrecognised(bytes);
    return;
  }
  const utf8 = toUtf8(bytes);
  if (utf8 === undefined) {
    yield decodeProblem(format, 'bad-encoding', {
      message: 'the input starts with a UTF-16 byte-order mark but is not valid UTF-16',
    });
    return;
  }
  const decoder = createFormatDecoder(format, options);
  for (let offset = 0; offset < utf8.length; offset += SLICE)
    yield* decoder.push(utf8.subarray(offset, offset + SLICE));
  yield* decoder.end();
}

function toUtf8(bytes: Uint8Array): Uint8Array | undefined {
  const bom = sniffBom(bytes);
  if (bom.encoding === 'utf-8') return bytes;
  const transcoder = createUtf16Transcoder(bom.encoding);
  const head = transcoder.push(bytes.subarray(bom.length));
  const tail = transcoder.end();
  if (head === undefined || tail === undefined) return undefined;
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}

/** No format fits: empty input, or bytes that are none of XML, JSON, EDIFACT, CSV. */
export function unrecognised(bytes: Uint8Array): DecodeEvent {
  const blank = bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d);
  if (blank) return decodeProblem('unknown', 'empty-input', { message: 'the input is empty' });
  return decodeProblem('unknown', 'unknown-format', {
    message:
      'the input is not a format Tamga reads: expected WCO XML (starts with <), JSON ({ or [), UN/EDIFACT (UNA or UNB) or CSV with a header line',
  });
}
