import { describe, expect, it } from 'vitest';
import { entrySummaryGoodsItems, entrySummaryReferences } from '../../../src/core/model/entry-summary.js';
import { checkDeclaration } from '../../../src/formats/declaration-check.js';
import { decodeAll, problems, readFixture, text } from '../decode-helpers.js';
import { decodeOneMessage, expectSameWhenStreamed, messageOf, messages } from '../message-helpers.js';

const dir = 'test/fixtures/eu-ics1-ens-xml/';
const ens = (file: string) => messageOf(dir + file, 'ens');

describe('EU ICS1 entry summary decoder', () => {
  it.each([
    ['CC315A_full.xml', 'CC315A', 1],
    ['315AllOptional.xml', 'CC315A', 1],
    ['CC315A_reduced.xml', 'CC315A', 1],
    ['CC315A-schemaValidSample-v11-2.xml', 'CC315A', 1],
    ['validSubmission.xml', 'CC315A', 1],
    ['CC313A_reduced.xml', 'CC313A', 2],
    ['CC313A-schemaValidSample-v11-2.xml', 'CC313A', 1],
    ['validAmendment.xml', 'CC313A', undefined],
  ] as const)('decodes %s as %s', (file, type, items) => {
    const summary = ens(file);
    expect(summary.messageType).toBe(type);
    expect(summary.kind).toBe(type === 'CC315A' ? 'declaration' : 'amendment');
    if (items !== undefined) expect(summary.goodsItems).toHaveLength(items);
  });

  it('reads every part of the full CC315A: carrier, transport, routing, seals, parties, goods, packages', () => {
    const summary = ens('CC315A_full.xml');
    expect(summary).toMatchObject({
      lrn: 'refnum',
      header: { sender: 'myeori/mybranch', preparedAt: '2003-02-11T01:23', messageId: 'messIde' },
      transport: {
        modeAtBorder: '2',
        identityCrossingBorder: 'Identity',
        nationalityCrossingBorder: 'GB',
        conveyanceReference: 'conveyanceRefNum',
      },
      totals: { items: 1, packages: 2, grossMassKg: 3 },
      declaredAt: '2003-02-11T12:34',
      carrier: { name: 'carrier name', city: 'carrier city', country: 'EN' },
      lodgingPerson: { name: 'declarant name' },
      routingCountries: ['AA', 'BB'],
      seals: ['Seals identity', 'Seals identity2'],
      officeOfFirstEntry: { reference: 'AB3C4D5E', expectedArrival: '2003-02-11T12:34' },
      subsequentEntryOffices: ['office01', 'office02'],
      officeOfLodgement: 'offOfLog',
    });
    const item = summary.goodsItems[0]!;
    expect(item).toMatchObject({
      itemNumber: 42,
      description: 'Goods description',
      grossMassKg: 123.456,
      containers: ['Container 1', 'Container 2'],
      specialMentions: ['123', '1234'],
      documents: [
        { type: 'type', reference: 'Document reference' },
        { type: 'typ2', reference: 'Document reference2' },
      ],
      consignee: { name: 'consignee goods name', postcode: 'consignee' },
      notifyParty: { name: 'notify party goods name', city: 'notify party goods city' },
      transportMeans: [{ identity: 'Identity of motcb', nationality: 'gb' }],
    });
    expect(item.packages).toEqual([
      { kind: 'ab', count: 100, pieces: 100, marks: 'Marks numbers of packages (long)' },
      { kind: 'ab', count: 1002, pieces: 1002, marks: 'Marks numbers of packages (long)2' },
    ]);
  });

  it('keeps placeholder codes of the all-optional sample as sent, with a warning naming each', () => {
    const event = decodeOneMessage(`${dir}CC315A_full.xml`, 'ens');
    expect(event.message.goodsItems[0]).toMatchObject({ commodityCode: 'comco', unDangerousGoodsCode: 'undg' });
    expect(event.warnings.map((warning) => warning.message)).toEqual([
      'CC315A/GOOITEGDS/COMCODGODITM/ComNomCMD1 at line 91: "comco" is not a combined nomenclature code (4 to 8 digits)',
      'CC315A/GOOITEGDS/UNDanGooCodGDI1 at line 61: "undg" is not a UN dangerous goods number (4 digits)',
    ]);
  });

  it('says which mandatory items the reduced sample lacks; an amendment carries the MRN', () => {
    const reduced = decodeOneMessage(`${dir}CC315A_reduced.xml`, 'ens');
    expect(reduced.warnings.map((warning) => warning.element)).toEqual([
      'CC315A/HEAHEA/TotNumOfIteHEA305',
      'CC315A/HEAHEA/DecPlaHEA394',
    ]);
    expect(ens('validAmendment.xml').mrn).toBe('12AB3C4D5E6F7G8H90');
  });

  it('fails the schema-invalid sample with each bad value, its line and what the schema expects', () => {
    const events = decodeAll(readFixture(`${dir}CC315A-schemaInvalidSample-v11-2.xml`));
    expect(messages(events)).toEqual([]);
    expect(problems(events).map(({ code, line, element, message }) => ({ code, line, element, message }))).toEqual([
      {
        code: 'schema-violation',
        line: 20,
        element: 'CC315A/HEAHEA/TotNumOfIteHEA305',
        message:
          'CC315A/HEAHEA/TotNumOfIteHEA305 at line 20, column 27: "XXX" is not a number: expected up to 5 digits (n..5)',
      },
      {
        code: 'schema-violation',
        line: 179,
        element: 'CC315A/GOOITEGDS/PACGS2/NumOfPacGS24',
        message:
          'CC315A/GOOITEGDS/PACGS2/NumOfPacGS24 at line 179, column 26: "XXX" is not a number: expected up to 5 digits (n..5)',
      },
    ]);
  });

  it('reads the entry point answers: correlation id, and the error with its location', () => {
    expect(messageOf(`${dir}validResponse.xml`, 'ens-response')).toEqual({
      outcome: 'accepted',
      correlationId: '87491122139921',
      errors: [],
    });
    expect(messageOf(`${dir}errorResponse.xml`, 'ens-response')).toEqual({
      outcome: 'rejected',
      errors: [
        {
          raisedBy: 'HMRC',
          number: '4065',
          type: 'business',
          text: "Invalid content found at element 'MesSenMES3'",
          location: '/ie:CC315A[1]/MesSenMES3[1]',
        },
      ],
    });
  });

  it('links to the canonical model: goods items that pass the canonical schema, and match keys', () => {
    const summary = ens('CC315A-schemaValidSample-v11-2.xml');
    const goods = entrySummaryGoodsItems(summary);
    expect(goods[0]).toMatchObject({
      sequence: 42,
      description: 'ABC123',
      grossMassKg: 3.14,
      dangerousGoodsUnId: '1234',
      classifications: [{ id: '12345', identificationTypeCode: 'TSP' }],
    });
    expect(goods[0]!.packages).toEqual([{ sequence: 1, typeCode: 'A1', quantity: 42, marks: 'ABC123' }]);
    const declaration = { functionCode: '9', parties: {}, transport: {}, consignment: {}, goodsItems: goods };
    expect(checkDeclaration(declaration)).toEqual([]);
    expect(entrySummaryReferences(summary)).toEqual({
      lrn: 'ABC123',
      transportDocuments: ['ABC123'],
      conveyanceReference: 'ABC123',
      containers: ['ABC123'],
      traderIds: ['YZ^', 'GB^'],
      commodityCodes: ['12345'],
    });
  });

  it('needs a header and a goods item; a mass or date in the wrong format stops the message', () => {
    const events = decodeAll(
      text('<ie:CC315A xmlns:ie="http://ics.dgtaxud.ec/CC315A"><MesSenMES3>x</MesSenMES3></ie:CC315A>'),
    );
    expect(problems(events).map((problem) => problem.message)).toEqual([
      'CC315A at line 1, column 51: HEAHEA (header) is missing',
      'CC315A at line 1, column 51: GOOITEGDS (goods item) is missing: an entry summary declares at least one',
    ]);
    const bad = `<ie:CC315A xmlns:ie="http://ics.dgtaxud.ec/CC315A"><HEAHEA><TotGroMasHEA307>1,5</TotGroMasHEA307><DecDatTimHEA114>20091331</DecDatTimHEA114></HEAHEA><GOOITEGDS><IteNumGDS7>1</IteNumGDS7></GOOITEGDS></ie:CC315A>`;
    const messagesOf = problems(decodeAll(text(bad))).map((problem) => problem.message);
    expect(messagesOf.some((m) => m.includes('"1,5" is not a mass'))).toBe(true);
    expect(messagesOf.some((m) => m.includes('"20091331" is not a date and time: expected yyyyMMddHHmm'))).toBe(true);
  });

  it('streams: chunked input gives the same events', async () => {
    for (const file of ['CC315A_full.xml', 'CC315A-schemaInvalidSample-v11-2.xml', 'errorResponse.xml'])
      await expectSameWhenStreamed(readFixture(dir + file));
  });
});
