import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DecodedDeclaration, DecodeEvent, DecodeProblem } from '../../src/formats/decode-event.js';
import type { DecodeOptions } from '../../src/formats/decode-options.js';
import { decodeMessage } from '../../src/formats/decode-message.js';
import { decodeStream } from '../../src/formats/decode-stream.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function readFixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(`${repoRoot}${path}`));
}

export function decodeAll(bytes: Uint8Array, options?: DecodeOptions): DecodeEvent[] {
  return [...decodeMessage(bytes, options)];
}

export function declarations(events: DecodeEvent[]): DecodedDeclaration[] {
  return events.filter((event): event is DecodedDeclaration => event.kind === 'declaration');
}

export function problems(events: DecodeEvent[]): DecodeProblem[] {
  return events.filter((event): event is DecodeProblem => event.kind === 'problem');
}

export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) {
    await Promise.resolve();
    yield bytes.slice(offset, offset + size);
  }
}

export async function decodeChunked(bytes: Uint8Array, size: number, options?: DecodeOptions): Promise<DecodeEvent[]> {
  const events: DecodeEvent[] = [];
  for await (const event of decodeStream(chunked(bytes, size), options)) events.push(event);
  return events;
}

export const text = (value: string): Uint8Array => new TextEncoder().encode(value);
