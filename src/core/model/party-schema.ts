import { Type } from '@sinclair/typebox';
import { code, D, GS, text, wco } from './wco-annotation.js';

export const AddressSchema = Type.Object(
  {
    line: text({ wcoId: '239', xpath: 'Address/Line', label: 'street and number' }, 256),
    cityName: text({ wcoId: '241', xpath: 'Address/CityName', label: 'city' }, 70),
    postcodeId: code({ wcoId: '245', xpath: 'Address/PostcodeID', label: 'postcode' }, 17),
    countryCode: code({ wcoId: '242', xpath: 'Address/CountryCode', label: 'address country' }, 3),
  },
  { additionalProperties: false, ...wco({ wcoId: '04A', xpath: 'Address', label: 'address' }) },
);

interface PartyIds {
  classId: string;
  xpath: string;
  idWcoId: string;
  nameWcoId: string;
  label: string;
}

function partySchema({ classId, xpath, idWcoId, nameWcoId, label }: PartyIds) {
  return Type.Optional(
    Type.Object(
      {
        id: code({ wcoId: idWcoId, xpath: `${xpath}/ID`, label: `${label} identifier` }, 35),
        name: text({ wcoId: nameWcoId, xpath: `${xpath}/Name`, label: `${label} name` }, 256),
        address: Type.Optional(AddressSchema),
        functionCode: code(
          {
            wcoId: '102',
            xpath: `${xpath}/FunctionCode`,
            label: `${label} status (agents: representation, 2 direct, 3 indirect)`,
          },
          3,
        ),
      },
      { additionalProperties: false, ...wco({ wcoId: classId, xpath, label }) },
    ),
  );
}

export const PartiesSchema = Type.Object(
  {
    declarant: partySchema({
      classId: '57B',
      xpath: `${D}/Declarant`,
      idWcoId: 'R123',
      nameWcoId: 'R124',
      label: 'declarant',
    }),
    importer: partySchema({
      classId: '74A',
      xpath: `${GS}/Importer`,
      idWcoId: 'R038',
      nameWcoId: 'R037',
      label: 'importer',
    }),
    exporter: partySchema({
      classId: '57A',
      xpath: `${D}/Exporter`,
      idWcoId: 'R032',
      nameWcoId: 'R031',
      label: 'exporter',
    }),
    seller: partySchema({ classId: '09B', xpath: `${GS}/Seller`, idWcoId: 'R051', nameWcoId: 'R050', label: 'seller' }),
    buyer: partySchema({ classId: '16A', xpath: `${GS}/Buyer`, idWcoId: 'R010', nameWcoId: 'R009', label: 'buyer' }),
    consignee: partySchema({
      classId: '27A',
      xpath: `${GS}/Consignee`,
      idWcoId: 'R015',
      nameWcoId: 'R014',
      label: 'consignee',
    }),
    consignor: partySchema({
      classId: '30A',
      xpath: `${GS}/Consignor`,
      idWcoId: 'R021',
      nameWcoId: 'R020',
      label: 'consignor',
    }),
    agent: partySchema({ classId: '05A', xpath: `${D}/Agent`, idWcoId: 'R004', nameWcoId: 'R003', label: 'agent' }),
    carrier: partySchema({
      classId: '18A',
      xpath: `${D}/Consignment/Carrier`,
      idWcoId: 'R012',
      nameWcoId: 'R011',
      label: 'carrier or courier',
    }),
    submitter: partySchema({
      classId: '17B',
      xpath: `${D}/Submitter`,
      idWcoId: 'R059',
      nameWcoId: 'R058',
      label: 'submitter',
    }),
  },
  { additionalProperties: false },
);
