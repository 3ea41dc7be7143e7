import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAll, problems, readFixture, repoRoot, text } from '../decode-helpers.js';
import { decodeOneMessage, expectSameWhenStreamed, messageOf, messages } from '../message-helpers.js';

const dir = 'test/fixtures/eu-ncts5-ctc-xml/';
const transit = (file: string) => messageOf(dir + file, 'transit');

describe('NCTS phase 5 decoder', () => {
  const files = readdirSync(repoRoot + dir).filter((name) => name.endsWith('.xml'));

  it.each(files.filter((name) => name.includes('-valid')))('decodes %s into one transit message', (file) => {
    const event = decodeOneMessage(dir + file, 'transit');
    expect(event.name).toBe(file.slice(0, 6).toUpperCase());
    expect(event.message.messageType).toBe(event.name);
    expect(event.message.events.length).toBeGreaterThan(0);
  });

  it('CC015C: declaration with LRN, offices, holder, guarantee, goods, dangerous goods', () => {
    const message = transit('cc015c-valid.xml');
    expect(message).toMatchObject({ lrn: 'DHbrfgDQJRm', preparedAt: '2022-07-02T03:11:04', recipient: 'NTA.GB' });
    expect(message.events).toEqual([
      { type: 'declared', messageType: 'CC015C', at: '2022-07-02T03:11:04', office: 'GB3KMA8M' },
    ]);
    const movement = message.movement!;
    expect(movement).toMatchObject({
      officeOfDeparture: 'GB3KMA8M',
      officeOfDestinationDeclared: 'BN3KMA8M',
      holder: { id: 'ezv3Z' },
      guarantees: [{ type: 'P', otherReference: 'iNkM2E' }],
      security: '7',
    });
    const item = movement.consignment.houseConsignments[0]!.items[0]!;
    expect(item).toMatchObject({
      goodsItemNumber: 34564,
      declarationGoodsItemNumber: 25,
      grossMassKg: 1000,
      unDangerousGoodsNumbers: ['1234'],
    });
    expect(item.packages).toEqual([{ sequence: 66710, typeCode: 'Nu' }]);
    expect(movement.consignment.grossMassKg).toBe(4380979244.527545);
  });

  it('CC015C (T1): time limit, transit office, seals on the container, HS code, guarantee reference', () => {
    const movement = transit('cc015c-valid-2.xml').movement!;
    expect(movement).toMatchObject({
      lrn: 'MDTP-18',
      declarationType: 'T1',
      limitDate: '2023-07-30',
      officeOfDeparture: 'XI000081',
      officeOfDestinationDeclared: 'GB000120',
    });
    expect(movement.officesOfTransit).toEqual([{ sequence: 1, referenceNumber: 'GB000060' }]);
    expect(movement.guarantees).toEqual([{ type: '1', grn: '20XI0000010000070', amount: 1, currency: 'GBP' }]);
    expect(movement.holder).toMatchObject({
      id: 'XI985524247819',
      name: 'Trader 1',
      address: { city: 'Belfast', country: 'BG' },
    });
    expect(movement.consignment).toMatchObject({
      containerised: true,
      countryOfDestination: 'GB',
      locationOfGoods: 'ADENC',
      placeOfLoading: 'ADENC',
      ucr: 'TEST123456',
    });
    expect(movement.consignment.equipment).toEqual([
      { sequence: 1, containerId: 'CSQU3054383', numberOfSeals: 1, seals: ['F742'], goodsItemNumbers: [1] },
    ]);
    expect(movement.consignment.borderMeans).toEqual([
      { identification: '56984526487521', nationality: 'XI', conveyanceReference: 'AIR1234b' },
    ]);
    const item = movement.consignment.houseConsignments[0]!.items[0]!;
    expect(item).toMatchObject({
      description: 'Drum, steel',
      hsCode: '152000',
      cusCode: '0010002-7',
      grossMassKg: 3340.102,
      netMassKg: 3340.102,
    });
  });

  it('CC013C amendment by LRN', () => {
    const message = transit('cc013c-valid.xml');
    expect(message.lrn).toBe('ABC');
    expect(message.mrn).toBeUndefined();
    expect(message.events[0]!.type).toBe('amended');
    expect(message.movement!.officesOfExit).toEqual([{ sequence: 12345, referenceNumber: 'AB123456' }]);
  });

  it('CC029C release for transit: MRN, release date, control result, routing', () => {
    const message = transit('cc029c-valid.xml');
    expect(message).toMatchObject({ mrn: '27WF9X1FQ9RCKN0TM3', lrn: 'MDTP-18' });
    expect(message.events[0]).toEqual({
      type: 'released-for-transit',
      messageType: 'CC029C',
      at: '2008-11-15',
      office: 'AB654321',
      control: { code: '12', date: '2002-06-24', controlledBy: 'string', text: 'string' },
    });
    expect(message.movement).toMatchObject({
      acceptanceDate: '2014-06-09',
      releaseDate: '2008-11-15',
      representative: { id: 'XI985524247819' },
    });
    expect(message.movement!.consignment.equipment[0]).toMatchObject({
      numberOfSeals: 100,
      seals: ['string'],
      goodsItemNumbers: [100],
    });
  });

  it('CC007C arrival notification at the office of destination', () => {
    expect(transit('cc007c-valid.xml').events).toEqual([
      { type: 'arrival-notified', messageType: 'CC007C', at: '2022-07-02T03:11:04', office: 'GB123456' },
    ]);
  });

  it('CC043C unloading permission with the consignment to check and its incident', () => {
    const message = transit('cc043c-valid.xml');
    expect(message.events.map((event) => event.type)).toEqual(['unloading-permitted', 'incident']);
    expect(message.events[1]).toMatchObject({
      at: '2013-05-22',
      incident: { code: '5', text: 'string', country: 'DE' },
    });
    expect(message.consignment!.equipment[0]!.seals).toEqual(['string']);
    expect(message.consignment!.houseConsignments[0]!.items[0]).toMatchObject({
      declarationGoodsItemNumber: 100,
      hsCode: '123456',
    });
  });

  it('CC044C unloading remarks: not conform, not complete (a discrepancy for transit control)', () => {
    expect(transit('cc044c-valid.xml').events).toEqual([
      {
        type: 'unloading-remarks',
        messageType: 'CC044C',
        at: '2018-11-01',
        office: 'GB123456',
        unloading: { conform: false, complete: false },
      },
    ]);
  });

  it('CC044C with the consignment as found: broken seals, remark, masses and packages per goods item', () => {
    const xml = `<ncts:CC044C xmlns:ncts="http://ncts.dgtaxud.ec"><messageType>CC044C</messageType><preparationDateAndTime>2024-03-01T09:00:00</preparationDateAndTime>
<TransitOperation><MRN>24GB012345678901A0</MRN></TransitOperation>
<CustomsOfficeOfDestinationActual><referenceNumber>GB000060</referenceNumber></CustomsOfficeOfDestinationActual>
<UnloadingRemark><conform>0</conform><unloadingCompletion>1</unloadingCompletion><unloadingDate>2024-03-02</unloadingDate><stateOfSeals>0</stateOfSeals><unloadingRemark>seal F742 missing, 2 cartons short</unloadingRemark></UnloadingRemark>
<Consignment><grossMass>5800.5</grossMass><TransportEquipment><sequenceNumber>1</sequenceNumber><containerIdentificationNumber>CSQU3054383</containerIdentificationNumber><numberOfSeals>1</numberOfSeals><Seal><sequenceNumber>1</sequenceNumber><identifier>X999</identifier></Seal></TransportEquipment>
<HouseConsignment><sequenceNumber>1</sequenceNumber><ConsignmentItem><goodsItemNumber>1</goodsItemNumber><declarationGoodsItemNumber>1</declarationGoodsItemNumber><Commodity><GoodsMeasure><grossMass>3000</grossMass></GoodsMeasure></Commodity><Packaging><sequenceNumber>1</sequenceNumber><typeOfPackages>CT</typeOfPackages><numberOfPackages>8</numberOfPackages></Packaging></ConsignmentItem></HouseConsignment></Consignment></ncts:CC044C>`;
    const [event] = messages(decodeAll(text(xml)));
    if (event?.messageType !== 'transit') throw new Error('expected a transit message');
    expect(event.message.events[0]).toEqual({
      type: 'unloading-remarks',
      messageType: 'CC044C',
      at: '2024-03-02',
      office: 'GB000060',
      unloading: {
        conform: false,
        complete: true,
        sealsIntact: false,
        remark: 'seal F742 missing, 2 cartons short',
        equipment: [
          { sequence: 1, containerId: 'CSQU3054383', numberOfSeals: 1, seals: ['X999'], goodsItemNumbers: [] },
        ],
        grossMassKg: 5800.5,
        items: [{ declarationGoodsItemNumber: 1, grossMassKg: 3000, packages: 8 }],
      },
    });
  });

  it('CC025C goods release with its release indicator; CC014C invalidation request; CC170C presentation', () => {
    expect(transit('cc025c-valid.xml').events[0]).toMatchObject({
      type: 'goods-released',
      at: '2014-06-09',
      releaseIndicator: '2',
    });
    const invalidation = decodeOneMessage(`${dir}cc014c-valid.xml`, 'transit');
    expect(invalidation.message.events[0]).toMatchObject({ type: 'invalidation-requested', office: 'GB123456' });
    expect(invalidation.warnings[0]!.message).toContain('neither LRN nor MRN');
    const presentation = transit('cc170c-valid.xml');
    expect(presentation.events[0]!.type).toBe('presentation-notified');
    expect(presentation.consignment!.equipment[0]).toMatchObject({ numberOfSeals: 100, seals: ['string'] });
  });

  it('rejects the placeholder LRN with the pattern it breaks, its line and element', () => {
    const found = problems(decodeAll(readFixture(`${dir}cc015c-invalid-lrn.xml`)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'schema-violation', line: 8, element: 'CC015C/TransitOperation/LRN' });
    expect(found[0]!.message).toContain('LRN "{{LRN}}" does not match the pattern');
    expect(found[0]!.message).toContain('unfilled template placeholder');
  });

  it('rejects an amendment that gives both MRN and LRN (rule C0467)', () => {
    const found = problems(decodeAll(readFixture(`${dir}cc013c-invalid-both-mrn-and-lrn.xml`)));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('both MRN and LRN given');
    expect(found[0]!.message).toContain('C0467');
    expect(found[0]!.element).toBe('CC013C/TransitOperation');
  });

  it('names bad MRNs, offices, dates and masses precisely, and reads nothing of such a message', () => {
    const xml = `<ncts:CC007C xmlns:ncts="http://ncts.dgtaxud.ec"><preparationDateAndTime>2024-02-30T10:00:00</preparationDateAndTime>
<TransitOperation><MRN>24GB12</MRN><arrivalNotificationDateAndTime>soon</arrivalNotificationDateAndTime></TransitOperation>
<CustomsOfficeOfDestinationActual><referenceNumber>gb1</referenceNumber></CustomsOfficeOfDestinationActual></ncts:CC007C>`;
    const events = decodeAll(text(xml));
    expect(messages(events)).toEqual([]);
    const found = problems(events).map((problem) => problem.message);
    expect(found.some((m) => m.includes('MRN "24GB12" is not a movement reference number'))).toBe(true);
    expect(
      found.some((m) => m.includes('expected a date and time YYYY-MM-DDThh:mm:ss, got "2024-02-30T10:00:00"')),
    ).toBe(true);
    expect(found.some((m) => m.includes('customs office "gb1"'))).toBe(true);
    expect(found.some((m) => m.includes('"soon"'))).toBe(true);
  });

  it('says which NCTS messages it reads when given another one', () => {
    const found = problems(
      decodeAll(
        text('<ncts:CC056C xmlns:ncts="http://ncts.dgtaxud.ec"><messageType>CC056C</messageType></ncts:CC056C>'),
      ),
    );
    expect(found[0]!.code).toBe('unexpected-element');
    expect(found[0]!.message).toContain('CC015C');
  });

  it('streams: chunked input gives the same events', async () => {
    for (const file of ['cc015c-valid-2.xml', 'cc029c-valid.xml', 'cc015c-invalid-lrn.xml'])
      await expectSameWhenStreamed(readFixture(dir + file));
  });
});
