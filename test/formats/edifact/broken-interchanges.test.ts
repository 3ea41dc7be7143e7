import { describe, expect, it } from 'vitest';
import type { DecodeEvent, DecodeProblem } from '../../../src/formats/decode-event.js';
import { createEdifactDecoder, validateEdifactSync } from '../../../src/formats/edifact/index.js';
import { decodeAll, fixture, fixtureNames } from './support/edifact-fixtures.js';

/** Each broken interchange: the first error it must produce (exact sentence) and its finding code. */
const EXPECTED: Record<string, { code: string; message: string; declarations: number }> = {
  'bad-release.edi': {
    code: 'bad-release',
    message:
      "segment 15 FTX, data element 4, component 1: release character before ')': it may only come before a separator or itself (write '??' for a literal one)",
    declarations: 0,
  },
  'comma-decimal.edi': {
    code: 'bad-decimal',
    message: "segment 21 MOA, element C516/5004: '12,5' is not a number: the decimal mark of this interchange is '.'",
    declarations: 0,
  },
  'missing-mandatory-element.edi': {
    code: 'missing-element',
    message: 'segment 12 MOA, element C516/5025: mandatory C516/5025 (monetary amount type qualifier) is missing',
    declarations: 0,
  },
  'missing-mandatory-segment.edi': {
    code: 'missing-segment',
    message: 'segment 2 LOC: mandatory segment BGM is missing before this segment in the message',
    declarations: 0,
  },
  'missing-unz.edi': {
    code: 'truncated',
    message: 'the interchange ends without UNZ: it was cut short or its trailer is missing',
    declarations: 1,
  },
  'non-numeric.edi': {
    code: 'not-a-number',
    message: "segment 23 MOA, element C516/5004: 'ABC' is not a number (n..18)",
    declarations: 0,
  },
  'segment-out-of-order.edi': {
    code: 'unexpected-segment',
    message: 'segment 8 DTM: DTM is not expected here (in group SG4): segments are out of order or one is misplaced',
    declarations: 0,
  },
  'segment-outside-message.edi': {
    code: 'outside-message',
    message: 'segment 35 FTX: FTX is outside any message (UNH ... UNT)',
    declarations: 1,
  },
  'too-long-value.edi': {
    code: 'too-long',
    message:
      "segment 2 BGM, element C106/1004: 'LRN0001-LRN0001-LRN0001-LRN0001-LRN0001' is too long: 39 characters where at most 35 are allowed (an..35)",
    declarations: 0,
  },
  'too-many-repetitions.edi': {
    code: 'too-many-segments',
    message: 'segment 14 LOC: LOC occurs more than the 2 times allowed here (group SG7)',
    declarations: 0,
  },
  'truncated.edi': {
    code: 'missing-trailer',
    message: 'message M1: the interchange ends inside this message: UNT and possibly segments are missing',
    declarations: 0,
  },
  'una-duplicate-separators.edi': {
    code: 'una-invalid',
    message: "UNA service characters must all differ: '::.? ''",
    declarations: 0,
  },
  'unknown-code.edi': {
    code: 'unknown-code',
    message: "segment 3 LOC, element 3227: '999' is not a code of 3227 (place/location qualifier)",
    declarations: 0,
  },
  'unknown-segment.edi': {
    code: 'unknown-segment',
    message: 'segment 6 XYZ: XYZ is not a segment of CUSDEC D:96B',
    declarations: 0,
  },
  'unoa-violation.edi': {
    code: 'invalid-character',
    message: "segment 25 FTX, data element 4, component 1: character 'h' is not allowed by the character set UNOA",
    declarations: 0,
  },
  'wrong-counts.edi': {
    code: 'count-mismatch',
    message: 'segment 33 UNT, element 0074: declares 30 segments (UNH to UNT) but 33 were received',
    declarations: 1,
  },
  'wrong-separator.edi': {
    code: 'una-invalid',
    message:
      "segment 1 UNB: the interchange header cannot be read: UNB is followed by '*' where the data element separator is expected; the separators are wrong or the UNA service string advice is missing",
    declarations: 0,
  },
};

const declarations = (events: DecodeEvent[]) => events.filter((e) => e.kind === 'declaration');
const problems = (events: DecodeEvent[]) => events.filter((e): e is DecodeProblem => e.kind === 'problem');

describe('broken interchanges', () => {
  it('has an expectation for every file of the corpus', () => {
    expect(fixtureNames('broken')).toEqual(Object.keys(EXPECTED).sort());
  });

  it('decodes the valid interchange they are all derived from', () => {
    const events = decodeAll(createEdifactDecoder(), fixture('valid/CUSDEC_D96B_import.edi'));
    expect(problems(events)).toEqual([]);
    expect(declarations(events)).toHaveLength(1);
    expect(validateEdifactSync(fixture('valid/CUSDEC_D96B_import.edi'))).toMatchObject({ errors: 0, warnings: 0 });
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${expected.code}`, () => {
      const bytes = fixture(`broken/${file}`);
      const report = validateEdifactSync(bytes);
      const all = report.interchanges.flatMap((i) => [...i.messages.flatMap((m) => m.findings), ...i.findings]);
      const finding = all.find((f) => f.code === expected.code);
      expect(finding?.message).toBe(expected.message);
      const events = decodeAll(createEdifactDecoder(), bytes);
      expect(declarations(events)).toHaveLength(expected.declarations);
      if (expected.declarations === 0) expect(problems(events).length).toBeGreaterThan(0);
      for (const problem of problems(events)) expect(problem.message.length).toBeGreaterThan(20);
    });
  }

  it('answers a broken element with the segment, element and reason, and goes on with the next message', () => {
    const good = fixture('valid/CUSDEC_D96B_import.edi').toString('latin1');
    const bad = good
      .replace("MOA+38:12500:EUR'", "MOA+38:12,5:EUR'")
      .replace(/UNH\+M1/, 'UNH+M0')
      .replace("UNT+33+M1'", "UNT+33+M0'");
    const body = (text: string) => text.slice(text.indexOf('UNH'), text.indexOf('UNZ'));
    const interchange = `UNB+UNOA:3+SENDER01:ZZ+CUSTOMS:ZZ+240131:1200+IC0002'${body(bad)}${body(good)}UNZ+2+IC0002'`;
    const events = decodeAll(createEdifactDecoder(), Buffer.from(interchange, 'latin1'));
    expect(problems(events)).toMatchObject([
      {
        code: 'wrong-type',
        position: 0,
        element: 'MOA C516/5004',
        message:
          "segment 21 MOA, element C516/5004: '12,5' is not a number: the decimal mark of this interchange is '.'",
      },
    ]);
    expect(declarations(events)).toMatchObject([{ position: 1 }]);
  });
});
