import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecodeEvent } from '../../../src/formats/decode-event.js';
import {
  createEdifactDecoder,
  encodeCusdec,
  validateEdifactSync,
  type EdifactDecodedDeclaration,
} from '../../../src/formats/edifact/index.js';
import { cusdecDeclaration } from './support/declaration-arbitrary.js';
import { decodeAll } from './support/edifact-fixtures.js';

const interchange = {
  sender: { id: 'TRADER' },
  recipient: { id: 'CUSTOMS' },
  controlReference: 'RT1',
  preparedAt: new Date('2024-03-01T12:00:00Z'),
};

describe('canonical → CUSDEC → canonical', () => {
  it('keeps every mapped field', () => {
    fc.assert(
      fc.property(cusdecDeclaration, fc.integer({ min: 7, max: 4096 }), (declaration, chunk) => {
        const encoded = encodeCusdec(declaration, interchange);
        expect(encoded.problems).toEqual([]);
        const events: DecodeEvent[] = decodeAll(createEdifactDecoder(), encoded.bytes, chunk);
        expect(events.filter((e) => e.kind === 'problem')).toEqual([]);
        const [decoded] = events as EdifactDecodedDeclaration[];
        expect(decoded!.declaration).toEqual(declaration);
      }),
      { numRuns: 300 },
    );
  });

  it('writes CUSDEC that the directory validation accepts without errors', () => {
    fc.assert(
      fc.property(cusdecDeclaration, (declaration) => {
        const report = validateEdifactSync(encodeCusdec(declaration, interchange).bytes);
        expect(report.errors).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('reports what a CUSDEC cannot carry instead of cutting it silently', () => {
    const [declaration] = fc.sample(cusdecDeclaration, { numRuns: 1, seed: 7 });
    const long = { ...declaration!, parties: { importer: { name: 'N'.repeat(200) } }, issueDate: '31/01/2024' };
    const { problems } = encodeCusdec(long, interchange);
    expect(problems).toEqual([
      {
        path: 'issueDate',
        message: "'31/01/2024' is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm[:ss])",
      },
      { path: 'parties.importer.name', message: 'longer than 175 characters (5 lines of 35)' },
    ]);
  });
});
