import { describe, expect, it } from 'vitest';
import { decodeAll, problems, readFixture, text } from '../decode-helpers.js';
import { expectSameWhenStreamed, messageOf, messages } from '../message-helpers.js';

const dir = 'test/fixtures/wco-notifications/';
const notification = (file: string) => messageOf(dir + file, 'notification');

describe('WCO DMS notification decoder', () => {
  it.each([
    ['TT_IM189a_01_DMSACC.xml', '01', 'DMSACC'],
    ['DMSRCV_received.xml', '02', 'DMSRCV'],
    ['DMSREJ_rejected.xml', '03', 'DMSREJ'],
    ['DMSCTL_under_control.xml', '05', 'DMSCTL'],
    ['DMSRES_control_result.xml', '07', 'DMSRES'],
    ['TT_IM189a_04_DMSCLE.xml', '09', 'DMSCLE'],
    ['DMSINV_invalidated.xml', '10', 'DMSINV'],
    ['TT_IM189a_02_DMSTAX.xml', '13', 'DMSTAX'],
  ])('decodes %s (no namespace) as function %s, %s', (file, code, name) => {
    const read = notification(file);
    expect(read.functionCode).toBe(code);
    expect(read.name).toBe(name);
    expect(read.declaration.mrn).toMatch(/^\d\dGB[A-Z0-9]{14}$/);
  });

  it('DMSACC: MRN, LRN, version, acceptance and issue times', () => {
    expect(notification('TT_IM189a_01_DMSACC.xml')).toMatchObject({
      meaning: 'accepted',
      notificationId: 'c5843e82aad54968a3f4845857b8ab6a',
      issuedAt: '2024-11-14T13:49:44Z',
      declaration: {
        lrn: 'U.7849431BQMLR',
        mrn: '24GBCN7NW8U7JWIAR4',
        version: '1',
        acceptedAt: '2024-11-14T13:49:41Z',
      },
    });
  });

  it('DMSREJ: the validation code and the pointer chain to the authorisation holder (42A, 17C, R144)', () => {
    const read = notification('DMSREJ_rejected.xml');
    expect(read.errors).toEqual([
      {
        validationCode: 'CDS12005',
        pointers: [{ documentSectionCode: '42A' }, { documentSectionCode: '17C', tagId: 'R144' }],
      },
    ]);
    expect(read.declaration.rejectedAt).toBe('2020-02-11T11:42:12Z');
  });

  it('DMSTAX: duty and tax lines per goods item, the status, the bank', () => {
    const read = notification('TT_IM189a_02_DMSTAX.xml');
    expect(read.statuses).toEqual([{ nameCode: '67' }]);
    expect(read.bank).toEqual({ referenceId: 'BARCGB22', accountId: 'GB16BARC20051723372545' });
    expect(read.dutyTaxFees).toEqual([
      {
        goodsItem: 1,
        taxType: 'A00',
        dutyRegimeCode: '100',
        rate: 2,
        taxBaseAmount: 2000,
        deductAmount: 0,
        assessedAmount: 40,
        paymentAmount: 40,
        currencyCode: 'GBP',
      },
      {
        goodsItem: 1,
        taxType: '633',
        dutyRegimeCode: '100',
        deductAmount: 0,
        assessedAmount: 325.53,
        paymentAmount: 325.53,
        currencyCode: 'GBP',
      },
      {
        goodsItem: 1,
        taxType: 'B00',
        dutyRegimeCode: '100',
        rate: 20,
        taxBaseAmount: 2365.53,
        deductAmount: 0,
        assessedAmount: 473.1,
        paymentAmount: 473.1,
        currencyCode: 'GBP',
      },
    ]);
  });

  it('DMSRES: the amendments customs made, with their pointers, and the corrected values', () => {
    const read = notification('DMSRES_control_result.xml');
    expect(read.amendments).toHaveLength(2);
    expect(read.amendments[1]).toEqual({
      changeReasonCode: '16',
      pointers: [
        { documentSectionCode: '42A' },
        { documentSectionCode: '67A' },
        { documentSectionCode: '28A' },
        { documentSectionCode: '64A', tagId: 'L016' },
      ],
    });
    expect(read.corrections).toEqual([
      { xpath: 'Declaration/FunctionCode', value: '9' },
      { xpath: 'Declaration/GoodsShipment/Consignment/GoodsLocation/Name', value: 'LHRLHRLHR' },
    ]);
    expect(read.declaration.version).toBe('2');
  });

  it('DMSINV and DMSCLE: cancellation time and the statements', () => {
    expect(notification('DMSINV_invalidated.xml')).toMatchObject({
      declaration: { cancelledAt: '2020-01-17T13:30:13Z', lrn: 'TC18_SM_1701_004' },
      additionalInformation: [
        { statementDescription: 'Comments for Submitter for TC18', statementTypeCode: 'AFB', pointers: [] },
      ],
    });
    expect(notification('TT_IM189a_04_DMSCLE.xml').additionalInformation).toEqual([
      { statementCode: 'A2', statementTypeCode: 'AFB', pointers: [] },
    ]);
  });

  it('reads a namespaced batch of notifications one by one, and says what is missing in a broken one', () => {
    const one = (code: string, id: string) =>
      `<MetaData xmlns="urn:wco:datamodel:WCO:DocumentMetaData-DMS:2"><Response xmlns="urn:wco:datamodel:WCO:RES-DMS:2"><FunctionCode>${code}</FunctionCode><Declaration><ID>${id}</ID></Declaration></Response></MetaData>`;
    const broken = '<MetaData><Response><Declaration><ID>X</ID></Declaration></Response></MetaData>';
    const events = decodeAll(text(`<Batch>${one('01', 'A')}${broken}${one('09', 'B')}</Batch>`));
    expect(messages(events).map((event) => [event.name, event.position])).toEqual([
      ['DMSACC', 0],
      ['DMSCLE', 2],
    ]);
    expect(problems(events)).toMatchObject([{ code: 'missing-element', position: 1 }]);
    expect(problems(events)[0]!.message).toContain('FunctionCode (message function, WCO 017) is missing');
  });

  it('warns about a function code outside the CDS list, and streams like the whole input', async () => {
    const events = decodeAll(
      text('<MetaData><Response><FunctionCode>99</FunctionCode><Declaration/></Response></MetaData>'),
    );
    expect(messages(events)[0]).toMatchObject({
      name: 'Response 99',
      warnings: [{ element: 'Response/FunctionCode' }],
    });
    for (const file of ['TT_IM189a_02_DMSTAX.xml', 'DMSINV_invalidated.xml'])
      await expectSameWhenStreamed(readFixture(dir + file));
  });
});
