import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAll, decodeChunked, readFixture, repoRoot, text } from '../decode-helpers.js';

const dirs = ['test/fixtures/wco-notifications/', 'test/fixtures/eu-ics1-ens-xml/', 'test/fixtures/eu-ncts5-ctc-xml/'];
const samples = dirs.flatMap((dir) =>
  readdirSync(repoRoot + dir)
    .filter((name) => name.endsWith('.xml'))
    .map((name) => new TextDecoder().decode(readFixture(dir + name))),
);

// Characters XML 1.0 cannot carry: C0 controls other than tab, line feed and carriage return, and U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** A sample whose element texts are replaced by arbitrary strings: well-formed, wrong values where the mappers read. */
const revalued = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 30 })), { minLength: 1, maxLength: 8 }),
  )
  .map(([sample, edits]) => {
    const texts = [...sample.matchAll(/>([^<>]+)</g)];
    let out = sample;
    for (const [at, value] of edits) {
      const match = texts[at % texts.length];
      if (match === undefined) continue;
      const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(NOT_XML_CHARS, '');
      out = out.replace(match[0], `>${escaped}<`);
    }
    return out;
  });

/** A sample with random byte damage: flipped, cut, inserted, or the tail lost. */
const damaged = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('flip', 'cut', 'insert', 'truncate')),
      { maxLength: 6 },
    ),
  )
  .map(([sample, edits]) => {
    let bytes = Array.from(text(sample));
    for (const [at, byte, kind] of edits) {
      const i = at % Math.max(1, bytes.length);
      if (kind === 'flip') bytes[i] = byte;
      else if (kind === 'cut') bytes.splice(i, 1 + (byte % 40));
      else if (kind === 'insert') bytes.splice(i, 0, byte, 0x3c);
      else bytes = bytes.slice(0, i);
    }
    return new Uint8Array(bytes);
  });

describe('notification, ENS and NCTS decoders under fuzzing', () => {
  it('never throw on wrong values in well-formed messages, and answer each with a message or problems', () => {
    fc.assert(
      fc.property(revalued, (xml) => {
        const events = decodeAll(text(xml));
        expect(events.length).toBeGreaterThan(0);
        for (const event of events) if (event.kind === 'problem') expect(event.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 400 },
    );
  });

  it('never throw on damaged bytes, whole or streamed in random chunks', async () => {
    await fc.assert(
      fc.asyncProperty(damaged, fc.integer({ min: 1, max: 512 }), async (bytes, chunk) => {
        expect(decodeAll(bytes).length).toBeGreaterThan(0);
        expect((await decodeChunked(bytes, chunk)).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
