import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectXmlMessage } from '../../../src/formats/xml-message/detect-xml-message.js';
import { decodeAll, decodeChunked, problems, readFixture, repoRoot, text } from '../decode-helpers.js';

/** The samples that are broken themselves (negative tests of their publishers). */
const BROKEN = new Set([
  'cc015c-invalid-lrn.xml',
  'cc013c-invalid-both-mrn-and-lrn.xml',
  'CC315A-schemaInvalidSample-v11-2.xml',
]);
const head = (path: string) => new TextDecoder().decode(readFixture(path));

describe('XML message families told apart by element and namespace', () => {
  it.each([
    ['test/fixtures/wco-xml/IMA_TT_IM083a_three_items.xml', 'wco-declaration', 'urn:wco:datamodel:WCO:DEC-DMS:2'],
    ['test/fixtures/wco-notifications/DMSREJ_rejected.xml', 'wco-notification', undefined],
    ['test/fixtures/eu-ics1-ens-xml/CC315A_full.xml', 'eu-ics-ens', 'http://ics.dgtaxud.ec/CC315A'],
    ['test/fixtures/eu-ics1-ens-xml/validAmendment.xml', 'eu-ics-ens', 'http://ics.dgtaxud.ec/CC313A'],
    [
      'test/fixtures/eu-ics1-ens-xml/errorResponse.xml',
      'eu-ics-response',
      'http://www.govtalk.gov.uk/CM/errorresponse',
    ],
    ['test/fixtures/eu-ncts5-ctc-xml/cc029c-valid.xml', 'ncts', 'http://ncts.dgtaxud.ec'],
  ])('%s is %s', (path, family, namespace) => {
    const detected = detectXmlMessage(head(path));
    expect(detected?.family).toBe(family);
    expect(detected?.namespace).toBe(namespace);
  });

  it('skips wrappers, comments and processing instructions; waits while nothing decides', () => {
    expect(
      detectXmlMessage('<?xml version="1.0"?><!-- <Declaration> in a comment --><Batch><MetaData><Response>'),
    ).toEqual({ family: 'wco-notification', element: 'Response' });
    expect(detectXmlMessage('<Batch><MetaData><WCOTypeName>RES</WCOTypeName>')).toBeUndefined();
    expect(detectXmlMessage('<Batch><!-- an open comment <Response>')).toBeUndefined();
  });

  it('every shared sample decodes by content alone, whole and streamed in 3-byte chunks', async () => {
    for (const dir of [
      'test/fixtures/wco-notifications/',
      'test/fixtures/eu-ics1-ens-xml/',
      'test/fixtures/eu-ncts5-ctc-xml/',
    ]) {
      for (const file of readdirSync(repoRoot + dir).filter((name) => name.endsWith('.xml'))) {
        const bytes = readFixture(dir + file);
        const whole = decodeAll(bytes);
        const broken = BROKEN.has(file);
        expect({ file, kinds: whole.map((event) => event.kind) }).toEqual({
          file,
          kinds: whole.map(() => (broken ? 'problem' : 'message')),
        });
        expect((await decodeChunked(bytes, 3)).map((event) => event.kind)).toEqual(whole.map((event) => event.kind));
      }
    }
  });

  it('an undecided or broken XML input still gets one clear answer', () => {
    expect(problems(decodeAll(text('<Invoice xmlns="urn:oasis"><ID>1</ID></Invoice>')))[0]!.message).toContain(
      'the XML root element is <Invoice>',
    );
    expect(
      problems(decodeAll(text('<ncts:CC015C xmlns:ncts="http://ncts.dgtaxud.ec"><TransitOperation>')))[0],
    ).toMatchObject({ code: 'not-well-formed' });
    expect(problems(decodeAll(text('<MetaData><Response><FunctionCode>01</Func')))[0]!.message).toContain(
      'not well-formed',
    );
  });
});
