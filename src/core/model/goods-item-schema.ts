import { Type } from '@sinclair/typebox';
import { additionalDocuments, additionalInformation, previousDocuments } from './document-schema.js';
import { code, GI, num, text, wco } from './wco-annotation.js';

export const DutyTaxFeeSchema = Type.Object(
  {
    typeCode: code({ wcoId: '113', xpath: `${GI}/Commodity/DutyTaxFee/TypeCode`, label: 'tax type' }, 6),
    dutyRegimeCode: code(
      { wcoId: '164', xpath: `${GI}/Commodity/DutyTaxFee/DutyRegimeCode`, label: 'duty regime (preference)' },
      8,
    ),
    rate: num({ wcoId: '115', xpath: `${GI}/Commodity/DutyTaxFee/TaxRateNumeric`, label: 'tax rate' }),
    taxBaseAmount: num({
      wcoId: '116',
      xpath: `${GI}/Commodity/DutyTaxFee/AdValoremTaxBaseAmount`,
      label: 'tax base value',
    }),
    taxBaseQuantity: num({
      wcoId: '129',
      xpath: `${GI}/Commodity/DutyTaxFee/SpecificTaxBaseQuantity`,
      label: 'tax base quantity',
    }),
    assessedAmount: num({
      wcoId: '120',
      xpath: `${GI}/Commodity/DutyTaxFee/Payment/TaxAssessedAmount`,
      label: 'tax assessed',
    }),
    paymentMethodCode: code(
      { wcoId: '107', xpath: `${GI}/Commodity/DutyTaxFee/Payment/MethodCode`, label: 'payment method' },
      3,
    ),
    quotaOrderId: code({ wcoId: '401', xpath: `${GI}/Commodity/DutyTaxFee/QuotaOrderID`, label: 'quota number' }, 8),
    paymentAmount: num({
      wcoId: '378',
      xpath: `${GI}/Commodity/DutyTaxFee/Payment/PaymentAmount`,
      label: 'tax paid',
    }),
  },
  { additionalProperties: false },
);

export const PackagingSchema = Type.Object(
  {
    sequence: num({ wcoId: '006', xpath: `${GI}/Packaging/SequenceNumeric`, label: 'package sequence' }),
    typeCode: code({ wcoId: '141', xpath: `${GI}/Packaging/TypeCode`, label: 'package type' }, 2),
    quantity: num({ wcoId: '144', xpath: `${GI}/Packaging/QuantityQuantity`, label: 'number of packages' }),
    marks: text({ wcoId: '142', xpath: `${GI}/Packaging/MarksNumbersID`, label: 'shipping marks' }, 512),
  },
  { additionalProperties: false },
);

export const ClassificationSchema = Type.Object(
  {
    id: Type.String({
      maxLength: 18,
      ...wco({ wcoId: '145', xpath: `${GI}/Commodity/Classification/ID`, label: 'commodity code' }),
    }),
    identificationTypeCode: code(
      {
        wcoId: '145',
        xpath: `${GI}/Commodity/Classification/IdentificationTypeCode`,
        label: 'commodity code type (TSP = HS/CN, TRC = TARIC, TRA/GN = additional codes, HS = plain HS)',
      },
      3,
    ),
    nomenclatureVersion: code(
      {
        wcoId: '145',
        xpath: `${GI}/Commodity/Classification/ID`,
        label: 'nomenclature version (HS2017, HS2022; derived from the declaration date when absent)',
      },
      16,
    ),
  },
  {
    additionalProperties: false,
    ...wco({ wcoId: '21A', xpath: `${GI}/Commodity/Classification`, label: 'classification' }),
  },
);

export const GoodsItemSchema = Type.Object(
  {
    sequence: Type.Integer({
      minimum: 1,
      ...wco({ wcoId: '006', xpath: `${GI}/SequenceNumeric`, label: 'goods item number' }),
    }),
    description: text({ wcoId: '137', xpath: `${GI}/Commodity/Description`, label: 'description of goods' }, 512),
    classifications: Type.Array(ClassificationSchema, {
      ...wco({ wcoId: '21A', xpath: `${GI}/Commodity/Classification`, label: 'commodity code' }),
    }),
    originCountryCode: code({ wcoId: '063', xpath: `${GI}/Origin/CountryCode`, label: 'country of origin' }, 3),
    originTypeCode: code({ wcoId: '501', xpath: `${GI}/Origin/TypeCode`, label: 'origin indicator' }, 4),
    netMassKg: num({ wcoId: '128', xpath: `${GI}/Commodity/GoodsMeasure/NetNetWeightMeasure`, label: 'net mass (kg)' }),
    grossMassKg: num({
      wcoId: '126',
      xpath: `${GI}/Commodity/GoodsMeasure/GrossMassMeasure`,
      label: 'gross mass (kg)',
    }),
    tariffQuantity: num({
      wcoId: '130',
      xpath: `${GI}/Commodity/GoodsMeasure/TariffQuantity`,
      label: 'supplementary quantity',
    }),
    tariffQuantityUnit: code(
      { wcoId: '130', xpath: `${GI}/Commodity/GoodsMeasure/TariffQuantity/@unitCode`, label: 'quantity unit' },
      8,
    ),
    itemPrice: num({ wcoId: '112', xpath: `${GI}/Commodity/InvoiceLine/ItemChargeAmount`, label: 'item price' }),
    customsValue: num({ wcoId: '108', xpath: `${GI}/CustomsValueAmount`, label: 'customs value' }),
    statisticalValue: num({ wcoId: '114', xpath: `${GI}/StatisticalValueAmount`, label: 'statistical value' }),
    currencyCode: code(
      { wcoId: '135', xpath: `${GI}/Commodity/InvoiceLine/ItemChargeAmount/@currencyID`, label: 'item currency' },
      3,
    ),
    valuationMethodCode: code(
      { wcoId: '122', xpath: `${GI}/CustomsValuation/MethodCode`, label: 'valuation method' },
      2,
    ),
    procedureCode: code(
      { wcoId: '166', xpath: `${GI}/GovernmentProcedure/CurrentCode`, label: 'requested procedure' },
      4,
    ),
    previousProcedureCode: code(
      { wcoId: '161', xpath: `${GI}/GovernmentProcedure/PreviousCode`, label: 'previous procedure' },
      4,
    ),
    additionalProcedureCodes: Type.Optional(
      Type.Array(Type.String({ maxLength: 4 }), {
        ...wco({ wcoId: '166', xpath: `${GI}/GovernmentProcedure/CurrentCode`, label: 'additional procedure code' }),
      }),
    ),
    dutyTaxFees: Type.Optional(
      Type.Array(DutyTaxFeeSchema, {
        ...wco({ wcoId: '50A', xpath: `${GI}/Commodity/DutyTaxFee`, label: 'duty, tax or fee' }),
      }),
    ),
    dangerousGoodsUnId: code(
      { wcoId: '506', xpath: `${GI}/Commodity/DangerousGoods/UNDGID`, label: 'UN dangerous goods number' },
      4,
    ),
    documents: additionalDocuments(GI),
    previousDocuments: previousDocuments(GI),
    packages: Type.Optional(
      Type.Array(PackagingSchema, { ...wco({ wcoId: '93A', xpath: `${GI}/Packaging`, label: 'packages' }) }),
    ),
    additionalInformation: additionalInformation(GI),
    transactionNatureCode: code(
      { wcoId: '103', xpath: `${GI}/TransactionNatureCode`, label: 'nature of transaction (item)' },
      3,
    ),
    exportCountryCode: code({ wcoId: '062', xpath: `${GI}/ExportCountry/ID`, label: 'country of dispatch (item)' }, 3),
    destinationCountryCode: code(
      { wcoId: '465', xpath: `${GI}/Destination/CountryCode`, label: 'country of destination (item)' },
      3,
    ),
    valuationAdjustmentCode: code(
      { wcoId: '188', xpath: `${GI}/ValuationAdjustment/AdditionCode`, label: 'valuation adjustment' },
      4,
    ),
  },
  { additionalProperties: false, ...wco({ wcoId: '68A', xpath: GI, label: 'goods item' }) },
);
