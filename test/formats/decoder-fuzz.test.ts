import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceFormat } from '../../src/core/model/record.js';
import type { DecodeEvent } from '../../src/formats/decode-event.js';
import { decodeAll, decodeChunked, readFixture } from './decode-helpers.js';

const samples = [
  'test/fixtures/wco-xml/IMK_TT_IM011a.xml',
  'test/fixtures/wco-xml/COR_TT_IM002c_multi_amendment.xml',
  'test/fixtures/csv/ecommerce-parcel-manifest.csv',
  'test/fixtures/csv/date-synthetic/weekly-selection-train-sample.csv',
  'test/fixtures/broken/json-wrong-types.json',
].map((path) => readFixture(path));
const kcsHead = (() => {
  const bytes = readFixture('data-samples/customs-declarations/df_syn_valid_eng.csv');
  return bytes.subarray(0, bytes.indexOf(0x0a, 4000) + 1);
})();
samples.push(kcsHead);

/** A valid sample with random damage: bytes flipped, cut out, inserted, or the tail lost. */
const mutated = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('flip', 'cut', 'insert', 'truncate')),
      { maxLength: 6 },
    ),
  )
  .map(([sample, edits]) => {
    let bytes = Array.from(sample);
    for (const [at, byte, kind] of edits) {
      const i = at % Math.max(1, bytes.length);
      if (kind === 'flip') bytes[i] = byte;
      else if (kind === 'cut') bytes.splice(i, 1 + (byte % 40));
      else if (kind === 'insert') bytes.splice(i, 0, byte, 0x22, 0x3c, 0x2c);
      else bytes = bytes.slice(0, i);
    }
    return new Uint8Array(bytes);
  });

const formats: SourceFormat[] = ['json', 'csv', 'wco-xml', 'edifact'];

describe('decoders under fuzzing', () => {
  it('never throw on arbitrary bytes and always answer with events', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        expect(decodeAll(bytes).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw when arbitrary bytes are forced through each decoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1024 }), fc.constantFrom(...formats), (bytes, format) => {
        expect(decodeAll(bytes, { format }).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on damaged valid samples, whole or streamed in random chunks', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, fc.integer({ min: 1, max: 4096 }), async (bytes, chunk) => {
        const whole = decodeAll(bytes);
        expect(whole.length).toBeGreaterThan(0);
        const streamed = await decodeChunked(bytes, chunk);
        expect(streamed.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('stream the same declarations as whole-message decoding, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...samples), fc.integer({ min: 1, max: 5000 }), async (bytes, chunk) => {
        const strip = (events: DecodeEvent[]): unknown[] =>
          events.map((e) => (e.kind === 'declaration' ? e.declaration : e.kind === 'problem' ? e.code : e.name));
        expect(strip(await decodeChunked(bytes, chunk))).toEqual(strip(decodeAll(bytes)));
      }),
      { numRuns: 60 },
    );
  });
});
