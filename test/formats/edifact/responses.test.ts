import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model/finding.js';
import {
  answerEdifact,
  createContrl,
  createCusres,
  createEdifactDecoder,
  cusresErrorsFromFindings,
  cusresOptionsFor,
  readContrl,
  readCusres,
  readEdifactSync,
  validateEdifactSync,
  validateMessage,
  type EdifactDecodedDeclaration,
  type EdifactMessage,
} from '../../../src/formats/edifact/index.js';
import { decodeAll, fixture } from './support/edifact-fixtures.js';

const preparedAt = new Date('2024-02-01T08:30:00Z');

/** Reads back the one message of a generated interchange, checking it against its own structure. */
function readBack(text: string): EdifactMessage {
  const messages = readEdifactSync(text).flatMap((e) => (e.kind === 'message' ? [e.message] : []));
  expect(messages).toHaveLength(1);
  const validation = validateMessage(messages[0]!);
  expect(validation.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return messages[0]!;
}

function contrlFor(file: string) {
  const report = validateEdifactSync(fixture(file)).interchanges[0]!;
  const text = createContrl({ report, controlReference: 'CTL1', preparedAt });
  return { text, contrl: readContrl(readBack(text)) };
}

describe('CONTRL (syntax and service report)', () => {
  it('acknowledges a correct interchange and each message in it', () => {
    const { text, contrl } = contrlFor('valid/CUSDEC_D96B_import.edi');
    expect(text).toBe(
      "UNA:+.? 'UNB+UNOA:3+CUSTOMS:ZZ+SENDER01:ZZ+240201:0830+CTL1'UNH+1+CONTRL:D:3:UN'" +
        "UCI+IC0001+SENDER01:ZZ+CUSTOMS:ZZ+7'UCM+M1+CUSDEC:D:96B:UN+7'UNT+4+1'UNZ+1+CTL1'",
    );
    expect(contrl).toMatchObject({
      interchangeReference: 'IC0001',
      action: '7',
      messages: [{ reference: 'M1', action: '7', segments: [] }],
    });
  });

  it('rejects a message with a bad number, pointing at segment, element and component', () => {
    const { contrl } = contrlFor('broken/comma-decimal.edi');
    expect(contrl.messages).toEqual([
      {
        reference: 'M1',
        type: 'CUSDEC',
        version: 'D',
        release: '96B',
        action: '4',
        segments: [{ position: 21, elements: [{ code: '19', element: 2, component: 2 }] }],
      },
    ]);
  });

  it('reports interchange, message, segment and element errors of the MSC sample', () => {
    const { contrl } = contrlFor('messages/CUSCAR_D95B_MSC_sea_manifest.edi');
    expect(contrl).toMatchObject({
      action: '4',
      error: { code: '39', serviceSegment: 'UNB', element: 5, component: 1 },
      messages: [
        {
          reference: '201701191AB652',
          type: 'CUSCAR',
          action: '4',
          error: { code: '13', serviceSegment: 'UNH', element: 3, component: 1 },
          segments: [
            { position: 6, elements: [{ code: '21', element: 3, component: 4 }] },
            { position: 52, elements: [{ code: '29', element: 2 }] },
          ],
        },
      ],
    });
  });

  it('answers syntax 4 with a version 4 CONTRL and reports functional groups (UCF)', () => {
    const { text, contrl } = contrlFor('messages/PAXLST_D03B_passenger_list.edi');
    expect(text).toContain("UNH+1+CONTRL:4:1:UN'");
    expect(contrl).toMatchObject({
      action: '4',
      error: { code: '40', serviceSegment: 'UNB' },
      groups: [{ reference: '16', action: '4', error: { code: '40', serviceSegment: 'UNG' } }],
      messages: [{ reference: 'PAXLST16', groupReference: '16', action: '7' }],
    });
  });
});

describe('CUSRES (customs response)', () => {
  it('accepts a declaration with the MRN it was given', () => {
    const message = validateEdifactSync(fixture('valid/CUSDEC_D96B_import.edi')).interchanges[0]!.messages[0]!;
    const options = cusresOptionsFor(message, { issuedAt: preparedAt, mrn: '24GB0000000000001A' });
    const text = createCusres({
      ...options,
      sender: { id: 'CUSTOMS' },
      recipient: { id: 'SENDER01' },
      controlReference: 'R1',
    });
    expect(text).toContain("BGM+962+LRN0001+29+AP'DTM+137:202402010830:203'RFF+ACW:M1'RFF+ABT:24GB0000000000001A'");
    expect(readCusres(readBack(text))).toEqual({
      status: 'accepted',
      documentNumber: 'LRN0001',
      functionCode: '29',
      responseType: 'AP',
      references: [
        { qualifier: 'ACW', value: 'M1' },
        { qualifier: 'ABT', value: '24GB0000000000001A' },
      ],
      errors: [],
    });
  });

  it('rejects a declaration with a broken element, pointing at the segment, element and goods item', () => {
    const message = validateEdifactSync(fixture('broken/comma-decimal.edi')).interchanges[0]!.messages[0]!;
    const text = createCusres({
      ...cusresOptionsFor(message, { issuedAt: preparedAt }),
      sender: { id: 'CUSTOMS' },
      recipient: { id: 'SENDER01' },
      controlReference: 'R2',
    });
    const cusres = readCusres(readBack(text));
    expect(cusres.status).toBe('rejected');
    expect(cusres.errors).toEqual([
      {
        section: '10',
        goodsItem: 1,
        tag: 'MOA',
        segment: 21,
        code: '19',
        reference: 'bad-decimal',
        elementId: 'C516/5004',
        text: "segment 21 MOA, element C516/5004: '12,5' is not a number: the decimal mark of this interchange is '.'",
      },
    ]);
  });

  it('points a finding on the canonical declaration back into the CUSDEC that was sent', () => {
    const [decoded] = decodeAll(
      createEdifactDecoder(),
      fixture('valid/CUSDEC_D96B_import.edi'),
    ) as EdifactDecodedDeclaration[];
    const finding: Finding = {
      ruleId: 'HS-FORMAT',
      severity: 'error',
      pointer: {
        path: 'goodsItems[1].classifications[0].id',
        wcoId: '145',
        xpath: 'Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity/Classification/ID',
        sections: [],
      },
      message: 'The commodity code 85044030 is not in the HS 2022 nomenclature.',
      fix: 'Check the code against the tariff.',
    };
    const errors = cusresErrorsFromFindings([finding], {
      declaration: decoded!.declaration,
      sourceMap: decoded!.edifact.sourceMap,
    });
    expect(errors).toEqual([
      {
        code: 'RULE',
        reference: 'HS-FORMAT',
        text: 'The commodity code 85044030 is not in the HS 2022 nomenclature. Check the code against the tariff.',
        segment: 24,
        tag: 'CST',
        elementId: 'C246/7361',
        goodsItem: 2,
      },
    ]);
    const text = createCusres({
      requestReference: 'M1',
      documentNumber: 'LRN0001',
      status: 'rejected',
      errors,
      issuedAt: preparedAt,
      sender: { id: 'CUSTOMS' },
      recipient: { id: 'SENDER01' },
      controlReference: 'R3',
    });
    expect(text).toContain("ERP+10:2+CST:24:5'RFF+ZZZ:HS-FORMAT'ERC+RULE'FTX+AAO++C246/7361+The commodity code");
    expect(readCusres(readBack(text)).errors[0]).toMatchObject({
      goodsItem: 2,
      segment: 24,
      tag: 'CST',
      reference: 'HS-FORMAT',
    });
  });
});

describe('answers in kind for a whole submission', () => {
  it('gives one CONTRL per interchange and one CUSRES per CUSDEC, with the verdicts given', () => {
    const good = fixture('valid/CUSDEC_D96B_import.edi').toString('latin1');
    const body = (text: string) => text.slice(text.indexOf('UNH'), text.indexOf('UNZ'));
    const bad = body(good)
      .replace("MOA+38:12500:EUR'", "MOA+38:12,5:EUR'")
      .replace(/M1'/g, "M0'")
      .replace('UNH+M1', 'UNH+M0');
    const submission = `UNB+UNOA:3+SENDER01:ZZ+CUSTOMS:ZZ+240131:1200+IC9'${bad}${body(good)}UNZ+2+IC9'`;
    const report = validateEdifactSync(submission);
    const answers = answerEdifact(report, {
      preparedAt,
      controlReference: (n) => `ANS${n}`,
      verdicts: new Map([['M1', { mrn: '24GB0000000000002B' }]]),
    });
    expect(answers.contrl).toHaveLength(1);
    expect(readContrl(readBack(answers.contrl[0]!)).messages.map((m) => [m.reference, m.action])).toEqual([
      ['M0', '4'],
      ['M1', '7'],
    ]);
    expect(answers.cusres.map((c) => [c.messageReference, c.status])).toEqual([
      ['M0', 'rejected'],
      ['M1', 'accepted'],
    ]);
    expect(readCusres(readBack(answers.cusres[0]!.edifact)).errors[0]).toMatchObject({
      segment: 21,
      tag: 'MOA',
      elementId: 'C516/5004',
    });
    expect(readCusres(readBack(answers.cusres[1]!.edifact)).references).toContainEqual({
      qualifier: 'ABT',
      value: '24GB0000000000002B',
    });
  });
});
