import { concatBytes, type ChunkDecoder } from '../chunk-decoder.js';
import type { DecodeEvent } from '../decode-event.js';
import { DEFAULT_MAX_UNIT_BYTES, type DecodeOptions } from '../decode-options.js';
import { decodeProblem } from '../decode-problem.js';
import { describeBadByte } from '../text-encoding.js';
import { findInvalidUtf8 } from '../utf8-check.js';
import { declarationEvent, declarationsOfJson, JSON_MEDIA_TYPE } from './json-declarations.js';
import { parseJsonText } from './json-text.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * JSON in the canonical form: one declaration, an array, `{ "declarations": [...] }`, or NDJSON
 * (one declaration per line). NDJSON is recognised when the first line is a whole JSON object;
 * it is then decoded line by line (bounded memory), the other forms once the input is complete.
 */
export function createJsonDecoder(options: DecodeOptions = {}): ChunkDecoder {
  const maxBytes = options.maxUnitBytes ?? DEFAULT_MAX_UNIT_BYTES;
  let mode: 'undecided' | 'document' | 'ndjson' = 'undecided';
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let tooLarge = false;
  const lines = createLineState();

  function* push(chunk: Uint8Array): Generator<DecodeEvent> {
    if (mode === 'ndjson') {
      yield* lines.push(chunk, maxBytes);
      return;
    }
    if (tooLarge) return;
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (mode === 'undecided' && chunk.includes(0x0a)) {
      const whole = concatBytes(pending);
      pending = [whole];
      const newline = whole.indexOf(0x0a);
      if (newline >= 0) mode = firstLineIsObject(whole.subarray(0, newline)) ? 'ndjson' : 'document';
      if (mode === 'ndjson') {
        pending = [];
        pendingBytes = 0;
        yield* lines.push(whole, maxBytes);
        return;
      }
    }
    if (pendingBytes > maxBytes) {
      tooLarge = true;
      pending = [];
      yield decodeProblem('json', 'too-large', {
        message: `the JSON document is larger than ${maxBytes} bytes: send NDJSON (one declaration per line) or smaller batches`,
      });
    }
  }

  function* end(): Generator<DecodeEvent> {
    if (mode === 'ndjson') {
      yield* lines.end();
      return;
    }
    if (tooLarge) return;
    yield* decodeDocument(concatBytes(pending));
  }

  return { push, end };
}

function firstLineIsObject(line: Uint8Array): boolean {
  const parsed = decodeStrict(line);
  if (parsed === undefined) return false;
  const result = parseJsonText(parsed);
  return result.ok && typeof result.value === 'object' && result.value !== null && !Array.isArray(result.value);
}

function decodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function* decodeDocument(bytes: Uint8Array): Generator<DecodeEvent> {
  const raw = { body: bytes, mediaType: JSON_MEDIA_TYPE };
  const text = decodeStrict(bytes);
  if (text === undefined) {
    const offset = findInvalidUtf8(bytes);
    yield decodeProblem('json', 'bad-encoding', { message: `JSON: ${describeBadByte(bytes, offset)}`, raw });
    return;
  }
  if (text.trim() === '') {
    yield decodeProblem('json', 'empty-input', {
      message: 'the JSON input is empty: send one declaration, an array or NDJSON',
      raw,
    });
    return;
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const where = parsed.line === undefined ? '' : ` at line ${parsed.line}, column ${parsed.column}`;
    yield decodeProblem('json', 'not-well-formed', {
      message: `not valid JSON${where}: ${parsed.reason}`,
      line: parsed.line,
      column: parsed.column,
      raw,
    });
    return;
  }
  yield* declarationsOfJson(parsed.value, raw);
}

/** NDJSON: complete lines are decoded as they arrive; one bad line costs that line only. */
function createLineState() {
  let carry = new Uint8Array(0);
  let carryOffset = 0;
  let line = 0;
  let position = 0;
  let skipping = false;

  function* decodeLine(bytes: Uint8Array, offset: number): Generator<DecodeEvent> {
    line++;
    const body = bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, bytes.length - 1) : bytes;
    const raw = { body, mediaType: JSON_MEDIA_TYPE };
    const text = decodeStrict(body);
    if (text === undefined) {
      const context = { lineStart: { offset: 0, line }, base: offset };
      const where = `NDJSON line ${line}: ${describeBadByte(body, findInvalidUtf8(body), context)}`;
      yield decodeProblem('json', 'bad-encoding', { message: where, line, position: position++, raw });
      return;
    }
    if (text.trim() === '') return;
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      yield decodeProblem('json', 'not-well-formed', {
        message: `NDJSON line ${line}, column ${parsed.column ?? 1}: not valid JSON: ${parsed.reason}`,
        line,
        column: parsed.column,
        position: position++,
        raw,
      });
      return;
    }
    yield* declarationEvent(parsed.value, position++, raw);
  }

  function* push(chunk: Uint8Array, maxBytes: number): Generator<DecodeEvent> {
    const bytes = carry.length === 0 ? chunk : concatBytes([carry, chunk]);
    let start = 0;
    for (let newline = bytes.indexOf(0x0a); newline >= 0; newline = bytes.indexOf(0x0a, start)) {
      if (skipping) {
        skipping = false;
        line++;
      } else yield* decodeLine(bytes.subarray(start, newline), carryOffset + start);
      start = newline + 1;
    }
    carryOffset += start;
    carry = bytes.slice(start);
    if (carry.length > maxBytes && !skipping) {
      skipping = true;
      carryOffset += carry.length;
      carry = new Uint8Array(0);
      yield decodeProblem('json', 'too-large', {
        message: `NDJSON line ${line + 1} is longer than ${maxBytes} bytes`,
        line: line + 1,
        position: position++,
      });
    } else if (skipping) {
      carryOffset += carry.length;
      carry = new Uint8Array(0);
    }
  }

  function* end(): Generator<DecodeEvent> {
    if (carry.length > 0 && !skipping) yield* decodeLine(carry, carryOffset);
  }

  return { push, end };
}
