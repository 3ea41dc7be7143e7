import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyOf } from '../../src/core/ingest/declaration-identity.js';
import type { Declaration } from '../../src/core/model/declaration-schema.js';
import { listUnmappedXmlPaths } from '../../src/formats/wco-xml/unmapped-paths.js';
import { createWcoXmlDecoder } from '../../src/formats/wco-xml/wco-xml-decoder.js';
import { decodeAll, decodeChunked, declarations, problems, readFixture, repoRoot, text } from './decode-helpers.js';

const dir = 'test/fixtures/wco-xml/';

function decodeOne(file: string): Declaration {
  const events = decodeAll(readFixture(dir + file));
  expect(problems(events)).toEqual([]);
  expect(events).toHaveLength(1);
  return declarations(events)[0]!.declaration;
}

/** Key fields of every HMRC sample, read from the files by hand. */
const expected: Record<
  string,
  { type: string; lrn: string; items: number; hs?: string; origin?: string; declarant?: string }
> = {
  'COA_TT_IM056a.xml': { type: 'COA', lrn: 'TT_IM56a_v1.1_0706_01', items: 1 },
  'COR_TT_IM002c_multi_amendment.xml': { type: 'COR', lrn: 'TT_IM02c_0307_886', items: 1 },
  'EXA_TT_EX010a.xml': { type: 'EXA', lrn: 'U.7867523JNCOL', items: 1 },
  'EXD_TT_EX039a_two_items.xml': { type: 'EXD', lrn: '78462848820232108', items: 2 },
  'EXY_TT_EX004a_supplementary.xml': { type: 'EXY', lrn: 'TTEX004a_1010WE', items: 2 },
  'EXZ_TT_EX025a.xml': { type: 'EXZ', lrn: '7849431CUFNK', items: 1 },
  'IMA_TT_IM083a_three_items.xml': {
    type: 'IMA',
    lrn: 'U.78477672OFLR',
    items: 3,
    hs: '92079010',
    origin: 'US',
    declarant: 'GB553202734852',
  },
  'IMA_TT_IM189a_excise_single_item.xml': { type: 'IMA', lrn: 'U.7849431BQMLR', items: 1, hs: '85434000' },
  'IMB_TT_IM078a.xml': { type: 'IMB', lrn: 'U.792746806S8Z', items: 1 },
  'IMC_TT_IM050a_simplified.xml': { type: 'IMC', lrn: 'U.78675239HLAR', items: 1 },
  'IMD_TT_IM021a_prelodged.xml': { type: 'IMD', lrn: '7849431RGXDI', items: 1 },
  'IMJ_TT_IM005a.xml': { type: 'IMJ', lrn: 'TTIM05a_220901_003', items: 1 },
  'IMK_TT_IM011a.xml': { type: 'IMK', lrn: '7849431M0ZUP', items: 1, declarant: 'GB427168118378' },
  'IMQ_TT_IM061a.xml': { type: 'IMQ', lrn: '78494311O1RG', items: 1 },
  'IMY_aggregated_supplementary.xml': { type: 'IMY', lrn: 'Agg_Supp_Dec_Y_TC1', items: 2 },
  'IMZ_TT_IM184a_supplementary_4_items.xml': { type: 'IMZ', lrn: 'U.7847344SQRMK', items: 4 },
  'INV_TT_IM011a_cancellation.xml': { type: 'INV', lrn: '7849431M0ZUP', items: 0 },
};

describe('WCO DEC-DMS XML decoder', () => {
  const files = readdirSync(`${repoRoot}${dir}`).filter((name) => name.endsWith('.xml'));

  it('has all 17 HMRC samples as fixtures', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('decodes %s with its goods items and key fields', (file, want) => {
    const declaration = decodeOne(file);
    expect(declaration.typeCode).toBe(want.type);
    expect(declaration.functionalReferenceId).toBe(want.lrn);
    expect(declaration.goodsItems).toHaveLength(want.items);
    expect(declaration.goodsItems.map((item) => item.sequence)).toEqual(
      Array.from({ length: want.items }, (_, i) => i + 1),
    );
    if (want.hs) expect(declaration.goodsItems[0]!.classifications[0]!.id).toBe(want.hs);
    if (want.origin) expect(declaration.goodsItems[0]!.originCountryCode).toBe(want.origin);
    if (want.declarant) expect(declaration.parties.declarant?.id).toBe(want.declarant);
  });

  it('maps goods items in depth: classifications, procedures, duty lines, documents, packages, valuation', () => {
    const declaration = decodeOne('IMA_TT_IM083a_three_items.xml');
    const item = declaration.goodsItems[0]!;
    expect(item.classifications).toEqual([
      { id: '92079010', identificationTypeCode: 'TSP' },
      { id: '00', identificationTypeCode: 'TRC' },
    ]);
    expect(item).toMatchObject({
      description: 'Electric Guitar in aluminium case',
      netMassKg: 8,
      grossMassKg: 10,
      itemPrice: 1000,
      currencyCode: 'GBP',
      valuationMethodCode: '1',
      procedureCode: '53',
      previousProcedureCode: '00',
      additionalProcedureCodes: ['D12'],
      originTypeCode: '1',
    });
    expect(item.dutyTaxFees).toEqual([
      { typeCode: 'A00', dutyRegimeCode: '100', paymentMethodCode: 'R' },
      { typeCode: 'B00', paymentMethodCode: 'R' },
    ]);
    expect(item.documents).toContainEqual({
      categoryCode: 'C',
      typeCode: '505',
      id: 'GBCGUGuaranteenotrequired',
      lpcoExemptionCode: 'CC',
    });
    expect(item.packages).toEqual([{ sequence: 1, typeCode: 'CS', quantity: 1, marks: 'CS-1234228/34' }]);
    expect(declaration.authorisations).toHaveLength(3);
    expect(declaration.transport.border).toEqual({ modeCode: '1', nationalityCode: 'US' });
    expect(declaration.consignment).toMatchObject({
      exportCountryCode: 'US',
      destinationCountryCode: 'GB',
      containerIndicator: '1',
      incotermCode: 'CIF',
    });
    expect(declaration.parties.agent).toEqual({ functionCode: '2' });
  });

  it('reads item-level previous documents, write-offs and date-times', () => {
    const imk = decodeOne('IMK_TT_IM011a.xml');
    expect(imk.previousDocuments).toContainEqual({
      categoryCode: 'Z',
      id: '21GB34F7Y1O2CX8PT4',
      typeCode: '355',
      lineNumber: 1,
    });
    expect(imk.consignment.traderReference).toBe('1GB427168118378-12345');
    const exports = [
      'EXA_TT_EX010a.xml',
      'EXD_TT_EX039a_two_items.xml',
      'EXY_TT_EX004a_supplementary.xml',
      'EXZ_TT_EX025a.xml',
    ].map(decodeOne);
    expect(exports.some((d) => d.consignment.routingCountryCodes !== undefined)).toBe(true);
    const dated = Object.keys(expected)
      .map(decodeOne)
      .filter((d) => d.acceptanceDate ?? d.issueDate);
    for (const declaration of dated)
      expect(declaration.acceptanceDate ?? declaration.issueDate).toMatch(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/,
      );
  });

  it('keeps the amendment pointers of a COR amendment (function code 13) and its MRN', () => {
    const cor = decodeOne('COR_TT_IM002c_multi_amendment.xml');
    expect(cor.functionCode).toBe('13');
    expect(cor.mrn).toBe('20GB7BKUHU20XX8PR5');
    expect(cor.amendments).toHaveLength(6);
    expect(cor.amendments![0]).toEqual({ changeReasonCode: '28', pointers: ['42A[1]/146'] });
    expect(cor.amendments![5]).toEqual({ changeReasonCode: '28', pointers: ['42A[1]/67A[1]/68A[1]/93A[1]/144'] });
    expect(cor.totalPackageQuantity).toBe(53);
    expect(cor.additionalInformation![0]).toMatchObject({ statementTypeCode: 'AES', pointers: ['42A[1]/06A[1]'] });
  });

  it('files an INV cancellation under the same declarant + LRN key as the declaration it cancels', () => {
    const original = decodeOne('IMK_TT_IM011a.xml');
    const cancellation = decodeOne('INV_TT_IM011a_cancellation.xml');
    expect(cancellation.functionCode).toBe('13');
    expect(cancellation.mrn).toBe('24GBA4ZYBWXU1BSA00');
    expect(cancellation.parties.submitter?.id).toBe('GB427168118378');
    expect(keyOf(cancellation, 'unused')).toBe(keyOf(original, 'unused'));
  });

  it('leaves no element of any sample unread', () => {
    for (const file of files) expect(listUnmappedXmlPaths(readFixture(dir + file)), file).toEqual([]);
  });

  it('reports elements the canonical model does not carry instead of dropping them', () => {
    const xml = text(
      '<Declaration><FunctionCode>9</FunctionCode><LoadingListQuantity>2</LoadingListQuantity><GoodsShipment><Payer><ID>X</ID></Payer></GoodsShipment></Declaration>',
    );
    expect(listUnmappedXmlPaths(xml)).toEqual([
      'Declaration/LoadingListQuantity',
      'Declaration/GoodsShipment/Payer/ID',
    ]);
  });

  it('keeps the input bytes verbatim as the raw unit of a lone document', () => {
    const bytes = readFixture(`${dir}IMJ_TT_IM005a.xml`);
    const [event] = declarations(decodeAll(bytes));
    expect(event!.raw).toEqual({ body: bytes, mediaType: 'application/xml' });
  });

  it('decodes several declarations in one wrapper one by one, each with its own MetaData as raw unit', async () => {
    const strip = (file: string) => new TextDecoder().decode(readFixture(dir + file)).replace(/^<\?xml[^>]*\?>/, '');
    const batch = text(
      `<?xml version="1.0"?>\n<Batch>${strip('IMK_TT_IM011a.xml')}${strip('IMA_TT_IM083a_three_items.xml')}<Declaration><FunctionCode>9</FunctionCode><FunctionalReferenceID>BARE-1</FunctionalReferenceID></Declaration></Batch>`,
    );
    for (const events of [decodeAll(batch), await decodeChunked(batch, 997)]) {
      const found = declarations(events);
      expect(problems(events)).toEqual([]);
      expect(found.map((event) => [event.position, event.declaration.functionalReferenceId])).toEqual([
        [0, '7849431M0ZUP'],
        [1, 'U.78477672OFLR'],
        [2, 'BARE-1'],
      ]);
      const raw = new TextDecoder().decode(found[1]!.raw.body);
      expect(raw.startsWith('<md:MetaData')).toBe(true);
      expect(raw.endsWith('</md:MetaData>')).toBe(true);
      expect(raw).toContain('U.78477672OFLR');
    }
  });

  it('gives the same declarations when streamed in small chunks', async () => {
    for (const file of files) {
      const bytes = readFixture(dir + file);
      const whole = decodeAll(bytes);
      const streamed = await decodeChunked(bytes, 101);
      expect(streamed.map((e) => (e.kind === 'declaration' ? e.declaration : e))).toEqual(
        whole.map((e) => (e.kind === 'declaration' ? e.declaration : e)),
      );
    }
  });

  it('reads namespace-less and prefixed documents alike', () => {
    const plain = text(
      '<MetaData><WCOTypeName>DEC</WCOTypeName><Declaration><FunctionCode>9</FunctionCode><TypeCode>IMA</TypeCode></Declaration></MetaData>',
    );
    const prefixed = text(
      '<a:MetaData xmlns:a="urn:x" xmlns:b="urn:y"><b:Declaration><b:FunctionCode>9</b:FunctionCode><b:TypeCode>IMA</b:TypeCode></b:Declaration></a:MetaData>',
    );
    for (const bytes of [plain, prefixed]) {
      expect(declarations(decodeAll(bytes)).map((e) => e.declaration.typeCode)).toEqual(['IMA']);
    }
  });

  it('names the root element of a well-formed document that is not a declaration', () => {
    const decoder = createWcoXmlDecoder();
    const bytes = readFixture(`${dir}notifications/TT_IM189a_01_DMSACC.xml`);
    const notification = problems([...decoder.push(bytes), ...decoder.end()]);
    expect(notification).toHaveLength(1);
    expect(notification[0]!.code).toBe('unexpected-element');
    expect(notification[0]!.message).toContain('<MetaData>');
    expect(notification[0]!.message).toContain('notification (Response)');
  });

  it('says so when a document declares a legacy encoding its bytes then follow', () => {
    const body = text(
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<Declaration><FunctionCode>9</FunctionCode><TypeCode>IM',
    );
    const bytes = new Uint8Array([...body, 0xc9, ...text('</TypeCode></Declaration>')]);
    const [problem, ...rest] = decodeAll(bytes);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ kind: 'problem', code: 'bad-encoding', line: 2 });
    expect(problem?.kind === 'problem' && problem.message).toContain('declares encoding="ISO-8859-1"');
  });

  it('reports a missing function code and a goods item without sequence number', () => {
    const events = decodeAll(
      text(
        '<Declaration>\n<GoodsShipment>\n<GovernmentAgencyGoodsItem><Commodity/></GovernmentAgencyGoodsItem>\n</GoodsShipment></Declaration>',
      ),
    );
    expect(events.map((e) => e.kind === 'problem' && e.code)).toEqual(['missing-element', 'missing-element']);
    expect(problems(events)[1]!.message).toContain('Declaration/GoodsShipment/GovernmentAgencyGoodsItem at line 3');
  });
});
