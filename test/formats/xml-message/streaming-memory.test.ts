import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeStream } from '../../../src/formats/decode-stream.js';
import { repoRoot } from '../decode-helpers.js';

const dir = `${repoRoot}test/fixtures/wco-xml/`;
const documents = readdirSync(dir)
  .filter((name) => name.endsWith('.xml'))
  .map((name) => new TextEncoder().encode(readFileSync(dir + name, 'utf8').replace(/^\uFEFF?<\?xml[^>]*\?>\s*/, '')));
const MB = 1024 * 1024;

/** A WCO XML batch of `size` bytes made as it is read, so that only the decoder can hold it. */
async function* batch(size: number, produced: { bytes: number }): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?>\n<Batch>\n');
  for (let i = 0; produced.bytes < size; i++) {
    const document = documents[i % documents.length]!;
    produced.bytes += document.length;
    if (i % 8 === 0) await Promise.resolve();
    yield document;
  }
  yield new TextEncoder().encode('</Batch>\n');
}

describe('streaming a large WCO XML batch', () => {
  it('decodes 64 MB one document at a time: events from the first megabyte, heap growth below the input size', async () => {
    const size = 64 * MB;
    const produced = { bytes: 0 };
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    let decoded = 0;
    let problems = 0;
    let producedAtFirst = -1;
    for await (const event of decodeStream(batch(size, produced))) {
      if (producedAtFirst < 0) producedAtFirst = produced.bytes;
      if (event.kind === 'declaration') decoded++;
      else problems++;
      if (decoded % 64 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    }
    expect(problems).toBe(0);
    expect(decoded).toBeGreaterThan(3000);
    expect(producedAtFirst).toBeLessThan(MB);
    expect(peak).toBeLessThan(size / 2);
  }, 300_000);
});
