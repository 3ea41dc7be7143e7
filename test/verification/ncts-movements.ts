import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TransitMovement } from '../../src/core/model/transit-movement.js';

/**
 * Transit movements built by hand from the NCTS phase 5 samples in test/fixtures/verification/ncts,
 * value for value (the NCTS decoder does not exist yet). `NCTS_SOURCES` lists, per fixture, the
 * literal values taken from it, and the test checks that each occurs in that file.
 */
export const NCTS_DIR = join(import.meta.dirname, '../fixtures/verification/ncts');

export function fixtureText(file: string): string {
  return readFileSync(join(NCTS_DIR, file), 'utf8');
}

/** The movement of MRN 27WF9X1FQ9RCKN0TM3, from CC029C (release), CC007C, CC043C, CC044C and CC025C. */
export function releasedMovement(): TransitMovement {
  return {
    mrn: '27WF9X1FQ9RCKN0TM3',
    lrn: 'MDTP-18',
    additionalDeclarationType: 'B',
    security: '3',
    acceptanceDate: '2014-06-09',
    releaseDate: '2008-11-15',
    officeOfDeparture: 'AB654321',
    officeOfDestinationDeclared: 'AB654321',
    officesOfTransit: [{ sequence: 1, referenceNumber: 'AB654321', arrivalEstimated: '2002-11-05T08:01:03' }],
    officesOfExit: [{ sequence: 1, referenceNumber: 'FXKRAW7H' }],
    holder: {
      id: 'XI985524247819',
      name: 'string',
      address: { streetAndNumber: 'string', city: 'string', country: 'IT' },
    },
    guarantees: [{ type: '1', grn: '20XI0000010000070', amount: 1000, currency: 'USD' }],
    consignment: {
      countryOfDestination: 'GB',
      containerised: false,
      inlandModeOfTransport: '1',
      modeOfTransportAtTheBorder: '1',
      grossMassKg: 1000,
      equipment: [
        { sequence: 1, containerId: 'string', numberOfSeals: 100, seals: ['string'], goodsItemNumbers: [100] },
      ],
      houseConsignments: [
        {
          sequence: 1,
          grossMassKg: 1000,
          items: [
            {
              goodsItemNumber: 4546,
              declarationGoodsItemNumber: 100,
              description: 'string',
              hsCode: '456312',
              cusCode: '987654321',
              grossMassKg: 1000,
              netMassKg: 1000,
              packages: [{ sequence: 1, typeCode: '21', quantity: 100, marks: 'string' }],
            },
          ],
        },
      ],
    },
    events: [
      {
        type: 'control-result',
        messageType: 'CC029C',
        at: '2002-06-24',
        control: { code: '12', date: '2002-06-24', controlledBy: 'string', text: 'string' },
      },
      { type: 'released-for-transit', messageType: 'CC029C', at: '2008-11-15', office: 'AB654321' },
      { type: 'arrival-notified', messageType: 'CC007C', at: '2022-07-02T03:11:04', office: 'GB123456' },
      { type: 'unloading-permitted', messageType: 'CC043C', at: '2007-10-26T07:36:28', office: 'AB654321' },
      {
        type: 'unloading-remarks',
        messageType: 'CC044C',
        at: '2018-11-01',
        office: 'GB123456',
        unloading: { conform: false, complete: false },
      },
      { type: 'goods-released', messageType: 'CC025C', at: '2014-06-09', office: 'AB654321', releaseIndicator: '2' },
    ],
  };
}

/** The declaration of LRN MDTP-18 (CC015C `cc015c-valid-2.xml`), not yet released. */
export function declaredMovement(): TransitMovement {
  return {
    lrn: 'MDTP-18',
    declarationType: 'T1',
    additionalDeclarationType: 'A',
    security: '0',
    limitDate: '2023-07-30',
    officeOfDeparture: 'XI000081',
    officeOfDestinationDeclared: 'GB000120',
    officesOfTransit: [{ sequence: 1, referenceNumber: 'GB000060' }],
    holder: {
      id: 'XI985524247819',
      name: 'Trader 1',
      address: { streetAndNumber: '1 TRADER STREET', postcode: 'BT12 5EE', city: 'Belfast', country: 'BG' },
    },
    guarantees: [{ type: '1', grn: '20XI0000010000070', amount: 1, currency: 'GBP' }],
    consignment: {
      countryOfDestination: 'GB',
      containerised: true,
      inlandModeOfTransport: '4',
      modeOfTransportAtTheBorder: '1',
      grossMassKg: 60000.204,
      ucr: 'TEST123456',
      carrier: { id: 'NL023111152' },
      consignor: { id: 'NL023111152', name: 'Klein Georg' },
      consignee: { id: 'NL023111152', name: 'Sofia Lemmens' },
      equipment: [
        { sequence: 1, containerId: 'CSQU3054383', numberOfSeals: 1, seals: ['F742'], goodsItemNumbers: [1] },
      ],
      locationOfGoods: 'ADENC',
      placeOfLoading: 'ADENC',
      houseConsignments: [
        {
          sequence: 1,
          grossMassKg: 6000.204,
          items: [
            {
              goodsItemNumber: 1,
              declarationGoodsItemNumber: 1,
              description: 'Drum, steel',
              hsCode: '152000',
              cusCode: '0010002-7',
              grossMassKg: 3340.102,
              netMassKg: 3340.102,
              packages: [{ sequence: 1, typeCode: '1A', quantity: 10, marks: '0' }],
              unDangerousGoodsNumbers: ['0004'],
            },
          ],
        },
      ],
    },
    events: [{ type: 'declared', messageType: 'CC015C', at: '2023-04-03T10:18:16' }],
  };
}

/** Literal values of the movements above, by the fixture they come from. */
export const NCTS_SOURCES: Record<string, string[]> = {
  'cc029c-valid.xml': [
    '27WF9X1FQ9RCKN0TM3',
    'MDTP-18',
    '2014-06-09',
    '2008-11-15',
    'AB654321',
    '2002-11-05T08:01:03',
    'FXKRAW7H',
    'XI985524247819',
    '20XI0000010000070',
    '<grossMass>1000.000000000000</grossMass>',
    '<numberOfSeals>100</numberOfSeals>',
    '<identifier>string</identifier>',
    '<goodsItemNumber>4546</goodsItemNumber>',
    '<declarationGoodsItemNumber>100</declarationGoodsItemNumber>',
    '456312',
    '987654321',
    '<typeOfPackages>21</typeOfPackages>',
    '<numberOfPackages>100</numberOfPackages>',
    '<code>12</code>',
    '2002-06-24',
  ],
  'cc007c-valid.xml': ['27WF9X1FQ9RCKN0TM3', '2022-07-02T03:11:04', 'GB123456'],
  'cc043c-valid.xml': ['27WF9X1FQ9RCKN0TM3', 'AB654321', '<identifier>string</identifier>'],
  'cc044c-valid.xml': [
    '27WF9X1FQ9RCKN0TM3',
    'GB123456',
    '<conform>0</conform>',
    '<unloadingCompletion>0</unloadingCompletion>',
    '2018-11-01',
  ],
  'cc025c-valid.xml': ['27WF9X1FQ9RCKN0TM3', '2014-06-09', '<releaseIndicator>2</releaseIndicator>', 'AB654321'],
  'cc015c-valid-2.xml': [
    'MDTP-18',
    'T1',
    '2023-07-30',
    'XI000081',
    'GB000120',
    'GB000060',
    'XI985524247819',
    'Trader 1',
    '1 TRADER STREET',
    'BT12 5EE',
    '60000.204',
    '6000.204',
    'TEST123456',
    'NL023111152',
    'Klein Georg',
    'Sofia Lemmens',
    'CSQU3054383',
    'F742',
    'ADENC',
    'Drum, steel',
    '152000',
    '0010002-7',
    '3340.102',
    '1A',
    '<numberOfPackages>10</numberOfPackages>',
    '0004',
    '2023-04-03T10:18:16',
  ],
};
