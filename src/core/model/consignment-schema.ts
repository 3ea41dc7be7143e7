import { Type } from '@sinclair/typebox';
import { CONS, code, D, GS, num, text, wco } from './wco-annotation.js';

interface TransportMeansIds {
  classId: string;
  xpath: string;
  /** WCO IDs of mode, identity, identity type and nationality. */
  ids: [string, string, string, string];
  label: string;
}

export const transportMeans = ({ classId, xpath, ids, label }: TransportMeansIds) =>
  Type.Optional(
    Type.Object(
      {
        modeCode: code({ wcoId: ids[0], xpath: `${xpath}/ModeCode`, label: `${label} transport mode` }, 2),
        id: code({ wcoId: ids[1], xpath: `${xpath}/ID`, label: `${label} means of transport identity` }, 35),
        identificationTypeCode: code(
          { wcoId: ids[2], xpath: `${xpath}/IdentificationTypeCode`, label: `${label} identity type` },
          4,
        ),
        nationalityCode: code(
          { wcoId: ids[3], xpath: `${xpath}/RegistrationNationalityCode`, label: `${label} means nationality` },
          3,
        ),
      },
      { additionalProperties: false, ...wco({ wcoId: classId, xpath, label: `${label} means of transport` }) },
    ),
  );

export const TransportEquipmentSchema = Type.Object(
  {
    sequence: num({ wcoId: '006', xpath: `${CONS}/TransportEquipment/SequenceNumeric`, label: 'container sequence' }),
    id: code({ wcoId: '159', xpath: `${CONS}/TransportEquipment/ID`, label: 'container number' }, 17),
    sealIds: Type.Optional(
      Type.Array(Type.String({ maxLength: 35 }), {
        ...wco({ wcoId: '165', xpath: `${CONS}/TransportEquipment/Seal/ID`, label: 'seal number' }),
      }),
    ),
  },
  { additionalProperties: false },
);

export const ConsignmentSchema = Type.Object(
  {
    exportCountryCode: code({ wcoId: '062', xpath: `${GS}/ExportCountry/ID`, label: 'country of dispatch' }, 3),
    destinationCountryCode: code(
      { wcoId: '465', xpath: `${GS}/Destination/CountryCode`, label: 'country of destination' },
      3,
    ),
    transactionNatureCode: code(
      { wcoId: '103', xpath: `${GS}/TransactionNatureCode`, label: 'nature of transaction' },
      3,
    ),
    containerIndicator: code({ wcoId: '096', xpath: `${CONS}/ContainerCode`, label: 'container indicator' }, 1),
    goodsLocation: Type.Optional(
      Type.Object(
        {
          id: code({ wcoId: 'L017', xpath: `${CONS}/GoodsLocation/ID`, label: 'goods location code' }, 35),
          name: text({ wcoId: 'L016', xpath: `${CONS}/GoodsLocation/Name`, label: 'goods location' }, 256),
          typeCode: code({ wcoId: 'L110', xpath: `${CONS}/GoodsLocation/TypeCode`, label: 'goods location type' }, 3),
          countryCode: code(
            { wcoId: '242', xpath: `${CONS}/GoodsLocation/Address/CountryCode`, label: 'goods location country' },
            3,
          ),
          addressTypeCode: code(
            { wcoId: '410', xpath: `${CONS}/GoodsLocation/Address/TypeCode`, label: 'goods location identifier type' },
            3,
          ),
        },
        {
          additionalProperties: false,
          ...wco({ wcoId: '64A', xpath: `${CONS}/GoodsLocation`, label: 'goods location' }),
        },
      ),
    ),
    loadingLocation: code({ wcoId: 'L010', xpath: `${CONS}/LoadingLocation/ID`, label: 'place of loading' }, 35),
    containers: Type.Optional(
      Type.Array(TransportEquipmentSchema, {
        ...wco({ wcoId: '31B', xpath: `${CONS}/TransportEquipment`, label: 'container' }),
      }),
    ),
    incotermCode: code({ wcoId: '090', xpath: `${GS}/TradeTerms/ConditionCode`, label: 'Incoterm' }, 3),
    incotermPlace: text({ wcoId: 'L001', xpath: `${GS}/TradeTerms/LocationName`, label: 'Incoterm place' }, 70),
    ucr: code({ wcoId: '016', xpath: `${GS}/UCR/ID`, label: 'unique consignment reference' }, 70),
    invoiceId: code({ wcoId: 'D016', xpath: `${GS}/Invoice/ID`, label: 'invoice number' }, 70),
    freightAmount: num({ wcoId: '117', xpath: `${GS}/CustomsValuation/FreightChargeAmount`, label: 'freight cost' }),
    warehouseId: code({ wcoId: 'L019', xpath: `${GS}/Warehouse/ID`, label: 'warehouse' }, 35),
    warehouseTypeCode: code({ wcoId: 'L112', xpath: `${GS}/Warehouse/TypeCode`, label: 'warehouse type' }, 3),
    incotermLocationId: code({ wcoId: 'L002', xpath: `${GS}/TradeTerms/LocationID`, label: 'Incoterm place code' }, 17),
    traderReference: code(
      { wcoId: '009', xpath: `${GS}/UCR/TraderAssignedReferenceID`, label: 'trader reference' },
      70,
    ),
    routingCountryCodes: Type.Optional(
      Type.Array(Type.String({ maxLength: 3 }), {
        ...wco({ wcoId: '064', xpath: `${D}/Consignment/Itinerary/RoutingCountryCode`, label: 'countries of routing' }),
      }),
    ),
    freightPaymentMethodCode: code(
      { wcoId: '098', xpath: `${D}/Consignment/Freight/PaymentMethodCode`, label: 'transport charges payment method' },
      3,
    ),
  },
  { additionalProperties: false, ...wco({ wcoId: '28A', xpath: CONS, label: 'consignment' }) },
);

export const TransportSchema = Type.Object(
  {
    border: transportMeans({
      classId: '15A',
      xpath: `${D}/BorderTransportMeans`,
      ids: ['T022', 'T006', 'T018', 'T014'],
      label: 'border',
    }),
    arrival: transportMeans({
      classId: '10A',
      xpath: `${CONS}/ArrivalTransportMeans`,
      ids: ['T020', 'T002', 'T034', 'T014'],
      label: 'arrival',
    }),
    departure: transportMeans({
      classId: '46A',
      xpath: `${CONS}/DepartureTransportMeans`,
      ids: ['T021', 'T004', 'T029', 'T014'],
      label: 'departure',
    }),
  },
  { additionalProperties: false },
);
