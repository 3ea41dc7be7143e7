import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/edifact/', import.meta.url));

export const fixture = (path: string): Buffer => readFileSync(`${FIXTURES}${path}`);

export const fixtureNames = (folder: string): string[] =>
  readdirSync(`${FIXTURES}${folder}`)
    .filter((name) => name.endsWith('.edi'))
    .sort();

/** A decoder fed chunk by chunk (the declaration and the cargo report decoders). */
interface Chunked<T> {
  push(chunk: Uint8Array): Iterable<T>;
  end(): Iterable<T>;
}

/** Runs a chunk decoder over bytes cut in chunks of `size` (whole when omitted). */
export function decodeAll<T>(decoder: Chunked<T>, bytes: Uint8Array, size?: number): T[] {
  const events: T[] = [];
  const step = size ?? bytes.length;
  for (let i = 0; i < bytes.length; i += step) events.push(...decoder.push(bytes.subarray(i, i + step)));
  events.push(...decoder.end());
  return events;
}
