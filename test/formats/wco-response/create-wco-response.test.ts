import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model/finding.js';
import { pointerFor } from '../../../src/core/model/pointer.js';
import { createWcoResponse, validationCodeOf } from '../../../src/formats/wco-response/create-wco-response.js';
import { wcoPointerSteps } from '../../../src/formats/wco-response/finding-pointer.js';
import { createWcoXsdCheck } from '../../../src/formats/xsd/wco-xsd-check.js';
import type { XmlSchemaCheck } from '../../../src/formats/xsd/xml-schema-check.js';
import { decodeAll, problems, text } from '../decode-helpers.js';
import { messages } from '../message-helpers.js';

function finding(ruleId: string, path: string, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId, severity, pointer: pointerFor(path), message: `Check ${path}.`, fix: 'Correct it & resend <now>.' };
}

const findings = [
  finding('HS-UNKNOWN', 'goodsItems[1].classifications[0].id'),
  finding('AUTH-HOLDER', 'authorisations[0].id'),
  finding('DESC-VAGUE', 'goodsItems[0].description', 'warning'),
];

function decodeResponse(xml: string) {
  const events = decodeAll(text(xml));
  expect(problems(events)).toEqual([]);
  const [event] = messages(events);
  if (event?.messageType !== 'notification') throw new Error('not a notification');
  return event.message;
}

describe('WCO-style responses to our own findings', () => {
  let resXsd: XmlSchemaCheck;
  beforeAll(async () => {
    resXsd = await createWcoXsdCheck({ message: 'response' });
  });

  it('points at WCO classes and element IDs: 42A / 67A / 68A[2] / 23A / 21A[1] with tag 145', () => {
    expect(wcoPointerSteps(pointerFor('goodsItems[1].classifications[0].id'))).toEqual([
      { documentSectionCode: '42A' },
      { documentSectionCode: '67A' },
      { documentSectionCode: '68A', sequence: 2 },
      { documentSectionCode: '23A' },
      { documentSectionCode: '21A', sequence: 1, tagId: '145' },
    ]);
    expect(wcoPointerSteps(pointerFor('authorisations[0].id'))).toEqual([
      { documentSectionCode: '42A' },
      { documentSectionCode: '17C', sequence: 1, tagId: 'R144' },
    ]);
  });

  it('a rejection is a DMSREJ that decodes back to the same errors, and is valid against WCO_RES_2_DMS.xsd', () => {
    const xml = createWcoResponse({
      outcome: 'rejected',
      responseId: 'a1b2c3',
      issuedAt: '2026-03-01T10:15:30Z',
      declaration: { lrn: 'LRN-1', version: 1 },
      findings,
    });
    expect(resXsd.check(text(xml))).toEqual([]);
    const read = decodeResponse(xml);
    expect(read).toMatchObject({
      functionCode: '03',
      name: 'DMSREJ',
      notificationId: 'a1b2c3',
      issuedAt: '2026-03-01T10:15:30Z',
    });
    expect(read.declaration).toEqual({ lrn: 'LRN-1', version: '1', rejectedAt: '2026-03-01T10:15:30Z' });
    expect(read.errors).toEqual(
      findings
        .filter((f) => f.severity === 'error')
        .map((f) => ({
          ruleId: f.ruleId,
          validationCode: validationCodeOf(f.ruleId),
          description: `[${f.ruleId}] ${f.message} Fix: ${f.fix}`,
          pointers: wcoPointerSteps(f.pointer),
        })),
    );
    expect(read.additionalInformation).toEqual([
      {
        statementCode: validationCodeOf('DESC-VAGUE'),
        statementDescription: '[DESC-VAGUE] Check goodsItems[0].description. Fix: Correct it & resend <now>.',
        pointers: wcoPointerSteps(pointerFor('goodsItems[0].description')),
      },
    ]);
  });

  it('an acceptance is a DMSACC with the MRN, in the shape of HMRC’s', () => {
    const xml = createWcoResponse({
      outcome: 'accepted',
      responseId: 'r-2',
      issuedAt: new Date('2026-03-01T10:15:30.500Z'),
      declaration: { lrn: 'LRN-1', mrn: '26GBTAMGA000000017', version: '1' },
    });
    expect(resXsd.check(text(xml))).toEqual([]);
    expect(decodeResponse(xml)).toMatchObject({
      functionCode: '01',
      name: 'DMSACC',
      errors: [],
      declaration: { lrn: 'LRN-1', mrn: '26GBTAMGA000000017', version: '1', acceptedAt: '2026-03-01T10:15:30Z' },
    });
  });

  it('validation codes fit an..8 and are stable; long descriptions are cut to 512 characters', () => {
    expect(validationCodeOf('DUP-AMENDMENT-WITHOUT-ORIGINAL')).toMatch(/^T[0-9A-Z]{7}$/);
    expect(validationCodeOf('HS-UNKNOWN')).toBe(validationCodeOf('HS-UNKNOWN'));
    expect(validationCodeOf('HS-UNKNOWN')).not.toBe(validationCodeOf('HS-UNKNOWN2'));
    const long = { ...findings[0]!, message: 'x'.repeat(600) };
    const xml = createWcoResponse({
      outcome: 'rejected',
      responseId: 'r',
      issuedAt: '2026-01-01T00:00:00Z',
      declaration: {},
      findings: [long],
    });
    expect(resXsd.check(text(xml))).toEqual([]);
    expect(decodeResponse(xml).errors[0]!.description).toHaveLength(512);
  });
});
