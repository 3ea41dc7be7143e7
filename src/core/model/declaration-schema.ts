import { Type, type Static } from '@sinclair/typebox';

/**
 * The canonical declaration, aligned with the WCO Data Model 3.6 (DEC-DMS).
 *
 * Every field carries `x-wco-id` (the WCO element or class ID) and `x-wco-xpath`
 * (its place in WCO_DEC_2_DMS), so that a finding can point at an element the way
 * a WCO Response Error/Pointer does. The JSON Schema published at
 * `schema/declaration.schema.json` is generated from this file.
 */

interface WcoAnnotation {
  /** WCO element ID (e.g. `145`) or class ID (e.g. `68A`). */
  wcoId: string;
  /** Path in the WCO DEC-DMS element tree. */
  xpath: string;
  /** Human name used in plain-language findings ("commodity code"). */
  label: string;
}

function wco(annotation: WcoAnnotation): Record<string, string> {
  return {
    'x-wco-id': annotation.wcoId,
    'x-wco-xpath': annotation.xpath,
    'x-label': annotation.label,
    description: `${annotation.label} (WCO ${annotation.wcoId})`,
  };
}

const text = (annotation: WcoAnnotation, maxLength = 512) =>
  Type.Optional(Type.String({ maxLength, ...wco(annotation) }));
const code = (annotation: WcoAnnotation, maxLength = 35) =>
  Type.Optional(Type.String({ maxLength, ...wco(annotation) }));
const num = (annotation: WcoAnnotation) => Type.Optional(Type.Number(wco(annotation)));

const D = 'Declaration';
const GS = `${D}/GoodsShipment`;
const CONS = `${GS}/Consignment`;
const GI = `${GS}/GovernmentAgencyGoodsItem`;

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

interface TransportMeansIds {
  classId: string;
  xpath: string;
  /** WCO IDs of mode, identity, identity type and nationality. */
  ids: [string, string, string, string];
  label: string;
}

const transportMeans = ({ classId, xpath, ids, label }: TransportMeansIds) =>
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

/** Additional documents (02A) and previous documents (99A) share a shape but not their WCO IDs. */
const documentSchema = (ids: { type: string; id: string }) =>
  Type.Object(
    {
      categoryCode: code({ wcoId: 'D031', xpath: 'Document/CategoryCode', label: 'document category' }, 3),
      typeCode: code({ wcoId: ids.type, xpath: 'Document/TypeCode', label: 'document type' }, 6),
      id: code({ wcoId: ids.id, xpath: 'Document/ID', label: 'document reference' }, 70),
      lineNumber: num({ wcoId: '171', xpath: 'Document/LineNumeric', label: 'document line number' }),
      name: text({ wcoId: 'D028', xpath: 'Document/Name', label: 'document name' }, 256),
      effectiveDate: code({ wcoId: '276', xpath: 'Document/EffectiveDateTime', label: 'document date' }, 35),
      lpcoExemptionCode: code(
        { wcoId: '360', xpath: 'Document/LPCOExemptionCode', label: 'document status (LPCO exemption code)' },
        3,
      ),
      writeOffQuantity: num({
        wcoId: '502',
        xpath: 'Document/WriteOff/QuantityQuantity',
        label: 'quantity written off',
      }),
      writeOffQuantityUnit: code(
        {
          wcoId: '502',
          xpath: 'Document/WriteOff/QuantityQuantity/@unitCode',
          label: 'unit of the quantity written off',
        },
        8,
      ),
    },
    { additionalProperties: false },
  );

export const DocumentSchema = documentSchema({ type: 'D006', id: 'D005' });
export const PreviousDocumentSchema = documentSchema({ type: 'D019', id: 'D018' });

const previousDocuments = (xpath: string) =>
  Type.Optional(
    Type.Array(PreviousDocumentSchema, {
      ...wco({ wcoId: '99A', xpath: `${xpath}/PreviousDocument`, label: 'previous document' }),
    }),
  );
const additionalDocuments = (xpath: string) =>
  Type.Optional(
    Type.Array(DocumentSchema, {
      ...wco({ wcoId: '02A', xpath: `${xpath}/AdditionalDocument`, label: 'document or certificate' }),
    }),
  );

export const AdditionalInformationSchema = Type.Object(
  {
    statementCode: code({ wcoId: '226', xpath: 'AdditionalInformation/StatementCode', label: 'statement code' }, 17),
    statementDescription: text(
      { wcoId: '225', xpath: 'AdditionalInformation/StatementDescription', label: 'statement text' },
      512,
    ),
    statementTypeCode: code(
      { wcoId: '369', xpath: 'AdditionalInformation/StatementTypeCode', label: 'statement type' },
      3,
    ),
    pointers: Type.Optional(
      Type.Array(Type.String({ maxLength: 256 }), {
        ...wco({ wcoId: '97A', xpath: 'AdditionalInformation/Pointer', label: 'statement pointer' }),
      }),
    ),
  },
  { additionalProperties: false },
);

const additionalInformation = (xpath: string) =>
  Type.Optional(
    Type.Array(AdditionalInformationSchema, {
      ...wco({ wcoId: '03A', xpath: `${xpath}/AdditionalInformation`, label: 'additional information' }),
    }),
  );

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

export const AuthorisationSchema = Type.Object(
  {
    id: code({ wcoId: 'R144', xpath: `${D}/AuthorisationHolder/ID`, label: 'authorisation holder' }, 35),
    categoryCode: code(
      { wcoId: 'R145', xpath: `${D}/AuthorisationHolder/CategoryCode`, label: 'authorisation type' },
      4,
    ),
  },
  { additionalProperties: false },
);

export const AmendmentSchema = Type.Object(
  {
    changeReasonCode: code({ wcoId: '099', xpath: `${D}/Amendment/ChangeReasonCode`, label: 'amendment reason' }, 3),
    pointers: Type.Optional(Type.Array(Type.String({ maxLength: 256 }))),
  },
  { additionalProperties: false },
);

export const GuaranteeSchema = Type.Object(
  {
    id: code({ wcoId: 'D014', xpath: `${D}/ObligationGuarantee/ID`, label: 'guarantee document reference' }, 70),
    referenceId: code(
      { wcoId: '100', xpath: `${D}/ObligationGuarantee/ReferenceID`, label: 'guarantee reference' },
      35,
    ),
    securityDetailsCode: code(
      { wcoId: '101', xpath: `${D}/ObligationGuarantee/SecurityDetailsCode`, label: 'guarantee type' },
      3,
    ),
    amount: num({ wcoId: '492', xpath: `${D}/ObligationGuarantee/AmountAmount`, label: 'security amount' }),
    accessCode: code({ wcoId: '499', xpath: `${D}/ObligationGuarantee/AccessCode`, label: 'guarantee access code' }, 4),
    officeId: code(
      { wcoId: 'G014', xpath: `${D}/ObligationGuarantee/GuaranteeOffice/ID`, label: 'guarantee office' },
      17,
    ),
  },
  { additionalProperties: false },
);

export const DeclarationSchema = Type.Object(
  {
    functionCode: Type.String({
      maxLength: 2,
      ...wco({ wcoId: '017', xpath: `${D}/FunctionCode`, label: 'message function (9 original, 13 amendment)' }),
    }),
    typeCode: code({ wcoId: 'D013', xpath: `${D}/TypeCode`, label: 'declaration type' }, 3),
    functionalReferenceId: code(
      { wcoId: 'D026', xpath: `${D}/FunctionalReferenceID`, label: 'your reference (LRN)' },
      35,
    ),
    mrn: code({ wcoId: 'D014', xpath: `${D}/ID`, label: 'movement reference number (MRN)' }, 70),
    issueDate: code({ wcoId: 'D011', xpath: `${D}/IssueDateTime`, label: 'declaration date' }, 35),
    acceptanceDate: code({ wcoId: '023', xpath: `${D}/AcceptanceDateTime`, label: 'acceptance date' }, 35),
    declarationOfficeId: code({ wcoId: '065', xpath: `${D}/DeclarationOfficeID`, label: 'customs office' }, 17),
    currencyCode: code({ wcoId: '135', xpath: `${D}/CurrencyExchange/CurrencyTypeCode`, label: 'invoice currency' }, 3),
    exchangeRate: num({ wcoId: '118', xpath: `${D}/CurrencyExchange/RateNumeric`, label: 'exchange rate' }),
    invoiceAmount: num({ wcoId: '109', xpath: `${D}/InvoiceAmount`, label: 'total invoice amount' }),
    totalGrossMassKg: num({ wcoId: '131', xpath: `${D}/TotalGrossMassMeasure`, label: 'total gross mass (kg)' }),
    totalPackageQuantity: num({ wcoId: '146', xpath: `${D}/TotalPackageQuantity`, label: 'total number of packages' }),
    goodsItemQuantity: num({ wcoId: '228', xpath: `${D}/GoodsItemQuantity`, label: 'number of goods items' }),
    specificCircumstancesCode: code(
      { wcoId: '504', xpath: `${D}/SpecificCircumstancesCodeCode`, label: 'specific circumstances' },
      3,
    ),
    parties: PartiesSchema,
    authorisations: Type.Optional(
      Type.Array(AuthorisationSchema, {
        ...wco({ wcoId: '17C', xpath: `${D}/AuthorisationHolder`, label: 'authorisation' }),
      }),
    ),
    transport: TransportSchema,
    consignment: ConsignmentSchema,
    goodsItems: Type.Array(GoodsItemSchema, {
      maxItems: 999,
      ...wco({ wcoId: '68A', xpath: GI, label: 'goods items' }),
    }),
    previousDocuments: previousDocuments(GS),
    documents: additionalDocuments(D),
    /** One amendment; a WCO message with several `Amendment` elements fills `amendments` instead. */
    amendment: Type.Optional(AmendmentSchema),
    amendments: Type.Optional(
      Type.Array(AmendmentSchema, { ...wco({ wcoId: '06A', xpath: `${D}/Amendment`, label: 'amendments' }) }),
    ),
    additionalInformation: additionalInformation(D),
    guarantees: Type.Optional(
      Type.Array(GuaranteeSchema, { ...wco({ wcoId: '90A', xpath: `${D}/ObligationGuarantee`, label: 'guarantee' }) }),
    ),
    exitOfficeId: code({ wcoId: 'G005', xpath: `${D}/ExitOffice/ID`, label: 'office of exit' }, 17),
    supervisingOfficeId: code({ wcoId: 'G012', xpath: `${D}/SupervisingOffice/ID`, label: 'supervising office' }, 17),
    presentationOfficeId: code(
      { wcoId: 'G015', xpath: `${D}/PresentationOffice/ID`, label: 'office of presentation' },
      17,
    ),
    /**
     * National data elements with no WCO DM counterpart (for the Korean data set:
     * process type, import type, import use, payment type). WCO class 03A
     * (AdditionalInformation) is where a WCO message would carry them.
     */
    nationalCodes: Type.Optional(
      Type.Record(Type.String({ maxLength: 35 }), Type.String({ maxLength: 70 }), {
        ...wco({ wcoId: '03A', xpath: `${D}/AdditionalInformation`, label: 'national data' }),
      }),
    ),
  },
  {
    $id: 'https://tamga.dev/schema/declaration.schema.json',
    title: 'Tamga canonical declaration (WCO DM 3.6 aligned)',
    additionalProperties: false,
    ...wco({ wcoId: '42A', xpath: D, label: 'declaration' }),
  },
);

export type Declaration = Static<typeof DeclarationSchema>;
export type GoodsItem = Static<typeof GoodsItemSchema>;
export type Party = NonNullable<Static<typeof PartiesSchema>['declarant']>;
export type Parties = Static<typeof PartiesSchema>;
export type DutyTaxFee = Static<typeof DutyTaxFeeSchema>;
export type DeclarationDocument = Static<typeof DocumentSchema>;
export type Consignment = Static<typeof ConsignmentSchema>;
export type Classification = Static<typeof ClassificationSchema>;
