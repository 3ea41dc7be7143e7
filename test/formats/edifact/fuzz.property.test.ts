import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDeclaration } from '../../../src/formats/declaration-check.js';
import {
  createCargoReportDecoder,
  createEdifactDecoder,
  readEdifactSync,
  validateEdifactSync,
} from '../../../src/formats/edifact/index.js';
import { decodeAll, fixture, fixtureNames } from './support/edifact-fixtures.js';

const samples = [
  ...fixtureNames('messages').map((name) => fixture(`messages/${name}`)),
  fixture('valid/CUSDEC_D96B_import.edi'),
];

const SERVICE = [...Buffer.from("+:'?*. \n\r\tUNAUNBUNHUNTUNZ")];

/** A sample with a few random edits: bytes replaced (often by service characters), cut out or inserted. */
const mutated = fc
  .record({
    sample: fc.constantFrom(...samples),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('replace', 'delete', 'insert'),
        byte: fc.oneof(fc.constantFrom(...SERVICE), fc.integer({ min: 0, max: 255 })),
        length: fc.integer({ min: 1, max: 40 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ sample, edits }) => {
    let bytes = Buffer.from(sample);
    for (const edit of edits) {
      const at = edit.at % Math.max(bytes.length, 1);
      if (edit.kind === 'replace') bytes[at] = edit.byte;
      else if (edit.kind === 'delete') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + edit.length)]);
      else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([edit.byte]), bytes.subarray(at)]);
    }
    return bytes;
  });

const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 600 }), mutated);

describe('EDIFACT decoders under fuzzing', () => {
  it('the reader never throws and always closes the interchange', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const events = readEdifactSync(bytes);
        expect(events[events.length - 1]?.kind).toBe('interchange');
      }),
      { numRuns: 500 },
    );
  });

  it('the validator never throws and every finding is a located, plain sentence', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const report = validateEdifactSync(bytes);
        for (const interchange of report.interchanges) {
          for (const finding of [...interchange.findings, ...interchange.messages.flatMap((m) => m.findings)]) {
            expect(finding.message.length).toBeGreaterThan(10);
            expect(['error', 'warning']).toContain(finding.severity);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the declaration decoder only emits schema-valid declarations or problems, whatever the chunking', () => {
    fc.assert(
      fc.property(anyBytes, fc.integer({ min: 1, max: 512 }), fc.boolean(), (bytes, chunk, lenient) => {
        const events = decodeAll(createEdifactDecoder({ lenient }), bytes, chunk);
        for (const event of events) {
          if (event.kind === 'declaration') expect(isDeclaration(event.declaration)).toBe(true);
          else if (event.kind === 'problem') expect(event.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the cargo report decoder never throws', () => {
    fc.assert(
      fc.property(anyBytes, fc.boolean(), (bytes, lenient) => {
        const events = decodeAll(createCargoReportDecoder({ lenient }), bytes, 97);
        for (const event of events) expect(['cargo-report', 'problem']).toContain(event.kind);
      }),
      { numRuns: 300 },
    );
  });

  it('chunk boundaries never change what a sample decodes to', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.integer({ min: 1, max: 300 }), (sample, chunk) => {
        const whole = decodeAll(createEdifactDecoder({ lenient: true }), sample);
        expect(decodeAll(createEdifactDecoder({ lenient: true }), sample, chunk)).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });
});
