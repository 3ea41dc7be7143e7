import fc from 'fast-check';
import type { Declaration, GoodsItem, Party } from '../../../src/core/model/declaration-schema.js';

/**
 * Canonical declarations with every field the WCO XML mapping carries, in the shapes the
 * canonical schema and the WCO number formats allow: the input of the round-trip property.
 * Texts are trimmed and non-empty (XML trims element text), and use XML's special characters.
 */
const char = fc.constantFrom(...'abcXYZ019 -./&<>"\'éßЖ中'.split(''));
const text = (maxLength: number) =>
  fc
    .string({ unit: char, minLength: 1, maxLength })
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
const code = (length: number) =>
  fc.string({
    unit: fc.constantFrom(...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'.split('')),
    minLength: 1,
    maxLength: length,
  });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const decimal = (integerDigits: number) =>
  fc.double({ min: 0, max: 10 ** integerDigits - 1, noNaN: true, noDefaultInfinity: true }).map((value) => value + 0);
const count = (digits: number) => fc.integer({ min: 0, max: 10 ** digits - 1 });
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .chain((date) =>
    fc.constantFrom(
      date.toISOString().slice(0, 10),
      `${date.toISOString().slice(0, 19)}Z`,
      `${date.toISOString().slice(0, 19)}+01:00`,
    ),
  );

/** Drops `undefined` members (the decoder never writes them) and gives `undefined` for an empty object. */
function defined<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}
const record = <T extends object>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(model).map((value) => defined(value as T));
const list = <T>(arb: fc.Arbitrary<T | undefined>, maxLength = 3) =>
  fc
    .array(
      arb.filter((v): v is T => v !== undefined),
      { minLength: 1, maxLength },
    )
    .map((v) => v);
const optList = <T>(arb: fc.Arbitrary<T | undefined>, maxLength = 3) => opt(list(arb, maxLength));

const address = record<NonNullable<Party['address']>>({
  line: opt(text(40)),
  cityName: opt(text(20)),
  postcodeId: opt(code(9)),
  countryCode: opt(code(2)),
});
const party = record<Party>({
  id: opt(code(17)),
  name: opt(text(40)),
  address: opt(address.filter((a) => a !== undefined)),
  functionCode: opt(code(1)),
});
const pointer = fc
  .array(fc.tuple(fc.constantFrom('42A', '67A', '68A', '23A', '06A'), opt(fc.integer({ min: 1, max: 99 }))), {
    minLength: 1,
    maxLength: 3,
  })
  .chain((steps) => fc.tuple(fc.constant(steps), opt(fc.constantFrom('R144', '145', 'D026', 'L017'))))
  .map(
    ([steps, tag]) =>
      steps.map(([s, n]) => (n === undefined ? s : `${s}[${n}]`)).join('/') + (tag === undefined ? '' : `/${tag}`),
  );
const statement = record({
  statementCode: opt(code(5)),
  statementDescription: opt(text(60)),
  statementTypeCode: opt(code(3)),
  pointers: opt(pointer.map((p) => [p])),
});
const document = record({
  categoryCode: opt(code(1)),
  typeCode: opt(code(4)),
  id: opt(text(30)),
  lineNumber: opt(count(5)),
  name: opt(text(30)),
  effectiveDate: opt(isoDate),
  lpcoExemptionCode: opt(code(2)),
  writeOffQuantity: opt(decimal(10)),
  writeOffQuantityUnit: opt(code(3)),
});
const dutyTaxFee = record({
  typeCode: opt(code(3)),
  dutyRegimeCode: opt(code(3)),
  rate: opt(decimal(14)),
  taxBaseAmount: opt(decimal(13)),
  taxBaseQuantity: opt(decimal(10)),
  assessedAmount: opt(decimal(13)),
  paymentMethodCode: opt(code(1)),
  quotaOrderId: opt(code(6)),
  paymentAmount: opt(decimal(13)),
});

const goodsItem: fc.Arbitrary<GoodsItem> = fc
  .record({
    sequence: fc.integer({ min: 1, max: 99_999 }),
    description: opt(text(80)),
    classifications: fc.array(
      record({ id: code(10), identificationTypeCode: opt(fc.constantFrom('TSP', 'TRC', 'TRA', 'GN')) }),
      { maxLength: 3 },
    ),
    originCountryCode: opt(code(2)),
    originTypeCode: opt(code(1)),
    netMassKg: opt(decimal(10)),
    grossMassKg: opt(decimal(10)),
    tariffQuantity: opt(decimal(10)),
    tariffQuantityUnit: opt(code(3)),
    itemPrice: opt(decimal(13)),
    customsValue: opt(decimal(13)),
    statisticalValue: opt(decimal(13)),
    currencyCode: opt(code(3)),
    valuationMethodCode: opt(code(1)),
    procedureCode: opt(code(2).filter((c) => c.length === 2)),
    previousProcedureCode: opt(code(2)),
    additionalProcedureCodes: optList(code(3).filter((c) => c.length === 3)),
    dutyTaxFees: optList(dutyTaxFee),
    dangerousGoodsUnId: opt(code(4)),
    documents: optList(document),
    previousDocuments: optList(document),
    packages: optList(
      record({ sequence: opt(count(5)), typeCode: opt(code(2)), quantity: opt(count(8)), marks: opt(text(40)) }),
    ),
    additionalInformation: optList(statement),
    transactionNatureCode: opt(code(2)),
    exportCountryCode: opt(code(2)),
    destinationCountryCode: opt(code(2)),
    valuationAdjustmentCode: opt(code(4)),
  })
  .map((item) => {
    const amount = item.itemPrice ?? item.customsValue ?? item.statisticalValue;
    // An item currency travels as the currencyID of an amount: without an amount it has no place.
    return { ...defined(item)!, ...(amount === undefined ? { currencyCode: undefined } : {}) } as GoodsItem;
  })
  .map((item) => defined(item)!);

const means = record({
  modeCode: opt(code(1)),
  id: opt(text(20)),
  identificationTypeCode: opt(code(2)),
  nationalityCode: opt(code(2)),
});

export const canonicalDeclaration: fc.Arbitrary<Declaration> = fc
  .record({
    functionCode: fc.constantFrom('9', '13'),
    typeCode: opt(code(3)),
    functionalReferenceId: opt(text(22)),
    mrn: opt(code(18)),
    issueDate: opt(isoDate),
    acceptanceDate: opt(isoDate),
    declarationOfficeId: opt(code(8)),
    currencyCode: opt(code(3)),
    exchangeRate: opt(decimal(7)),
    invoiceAmount: opt(decimal(13)),
    totalGrossMassKg: opt(decimal(10)),
    totalPackageQuantity: opt(count(8)),
    goodsItemQuantity: opt(count(5)),
    specificCircumstancesCode: opt(code(3)),
    parties: fc.record({
      declarant: party,
      importer: party,
      exporter: party,
      seller: party,
      buyer: party,
      consignee: party,
      consignor: party,
      agent: party,
      carrier: party,
      submitter: party,
    }),
    authorisations: optList(record({ id: opt(code(17)), categoryCode: opt(code(4)) })),
    transport: fc.record({ border: means, arrival: means, departure: means }),
    consignment: fc.record({
      exportCountryCode: opt(code(2)),
      destinationCountryCode: opt(code(2)),
      transactionNatureCode: opt(code(2)),
      containerIndicator: opt(fc.constantFrom('0', '1')),
      goodsLocation: record({
        id: opt(code(10)),
        name: opt(text(30)),
        typeCode: opt(code(1)),
        countryCode: opt(code(2)),
        addressTypeCode: opt(code(1)),
      }),
      loadingLocation: opt(code(5)),
      containers: optList(record({ sequence: opt(count(5)), id: opt(code(11)), sealIds: optList(code(10)) })),
      incotermCode: opt(code(3)),
      incotermPlace: opt(text(30)),
      ucr: opt(text(30)),
      invoiceId: opt(text(30)),
      freightAmount: opt(decimal(13)),
      warehouseId: opt(code(10)),
      warehouseTypeCode: opt(code(1)),
      incotermLocationId: opt(code(5)),
      traderReference: opt(text(30)),
      routingCountryCodes: optList(code(2)),
      freightPaymentMethodCode: opt(code(1)),
    }),
    goodsItems: fc.array(goodsItem, { maxLength: 4 }),
    previousDocuments: optList(document),
    documents: optList(document),
    amendments: optList(record({ changeReasonCode: opt(code(2)), pointers: opt(pointer.map((p) => [p])) })),
    additionalInformation: optList(statement),
    guarantees: optList(
      record({
        id: opt(text(20)),
        referenceId: opt(code(20)),
        securityDetailsCode: opt(code(1)),
        amount: opt(decimal(13)),
        accessCode: opt(code(4)),
        officeId: opt(code(8)),
      }),
    ),
    exitOfficeId: opt(code(8)),
    supervisingOfficeId: opt(code(8)),
    presentationOfficeId: opt(code(8)),
  })
  .map((d) => {
    const parties: Declaration['parties'] = defined(d.parties) ?? {};
    // Function code 13 without a declarant takes the submitter as declarant (CDS rule the decoder applies).
    const declarant =
      d.functionCode === '13' && parties.submitter?.id !== undefined
        ? (parties.declarant ?? { id: parties.submitter.id })
        : parties.declarant;
    return defined({
      ...d,
      parties: defined({ ...parties, declarant }) ?? {},
      transport: defined(d.transport) ?? {},
      consignment: defined(d.consignment) ?? {},
    }) as Declaration;
  });
