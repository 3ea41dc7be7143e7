import fc from 'fast-check';
import type {
  Declaration,
  DeclarationDocument,
  GoodsItem,
  Party,
} from '../../../../src/core/model/declaration-schema.js';

/*
 * Declarations restricted to what Tamga's CUSDEC mapping carries, within both the canonical limits and
 * the D.96B field lengths (a longer value is an encoding problem, tested apart). Documented limits of
 * the mapping itself: statements always have a type (4451 is mandatory), seals ride with at most one
 * container (CUSDEC lists seals apart from containers), empty strings are absent values.
 */

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Service characters, Latin-1 and a few characters outside it (written as UNOW, UTF-8).
const TEXT = `${LETTERS}abcxyz0123456789 .,-()/'+:?*!"%&;<>=_#@éüßÆ`;
const WIDE = 'Жщ中€';

const chars = (alphabet: string) => fc.constantFrom(...alphabet.split(''));
const text = (max: number) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.string({ unit: chars(TEXT), minLength: 1, maxLength: max }) },
    { weight: 1, arbitrary: fc.string({ unit: chars(TEXT + WIDE), minLength: 1, maxLength: max }) },
  );
const code = (min: number, max: number) => fc.string({ unit: chars(LETTERS), minLength: min, maxLength: max });
const alnum = (max: number) => fc.string({ unit: chars(`${LETTERS}0123456789`), minLength: 1, maxLength: max });
const country = code(2, 2);
const decimals = (max: number, places: number) =>
  fc.integer({ min: 0, max: max * 10 ** places }).map((n) => n / 10 ** places);
const count = (max: number) => fc.integer({ min: 0, max });

const isoDate = fc
  .record({
    day: fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }),
    precision: fc.constantFrom('date', 'minutes', 'seconds'),
  })
  .map(({ day, precision }) => {
    const iso = day.toISOString();
    return precision === 'date' ? iso.slice(0, 10) : precision === 'minutes' ? iso.slice(0, 16) : iso.slice(0, 19);
  });

const nonEmpty = <T extends object>(arbitrary: fc.Arbitrary<T>) =>
  arbitrary.filter((value) => Object.keys(value).length > 0);

const party: fc.Arbitrary<Party> = fc
  .record(
    {
      id: text(35),
      name: text(175),
      address: nonEmpty(
        fc.record(
          { line: text(140), cityName: text(35), postcodeId: alnum(9), countryCode: country },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  )
  .map((p) => p as Party);

const document: fc.Arbitrary<DeclarationDocument> = fc.record(
  { categoryCode: code(1, 3), typeCode: alnum(6), id: text(35), lpcoExemptionCode: code(1, 3), effectiveDate: isoDate },
  { requiredKeys: [] },
);

const statements = (types: fc.Arbitrary<string>) =>
  fc.array(
    fc.record(
      { statementTypeCode: types, statementCode: text(17), statementDescription: text(350) },
      { requiredKeys: ['statementTypeCode'] },
    ),
    { minLength: 1, maxLength: 3 },
  );

const means = fc.record(
  { modeCode: alnum(2), id: text(35), identificationTypeCode: alnum(4), nationalityCode: country },
  { requiredKeys: [] },
);

const duty = fc.record(
  {
    typeCode: alnum(6),
    dutyRegimeCode: alnum(7),
    rate: decimals(1000, 3),
    taxBaseQuantity: decimals(999999, 3),
    assessedAmount: decimals(1e9, 2),
    taxBaseAmount: decimals(1e9, 2),
    paymentMethodCode: code(1, 3),
  },
  { requiredKeys: [] },
);

const goodsItem: fc.Arbitrary<GoodsItem> = fc
  .record(
    {
      sequence: fc.integer({ min: 1, max: 99999 }),
      classifications: fc.array(
        fc.record(
          { id: alnum(18), identificationTypeCode: fc.constantFrom('HS', 'TSP', 'TRC', 'TRA', 'GN') },
          { requiredKeys: ['id'] },
        ),
        { maxLength: 3 },
      ),
      procedureCode: alnum(4),
      valuationMethodCode: alnum(2),
      description: text(350),
      additionalInformation: statements(code(3, 3).filter((type) => type !== 'AAA')),
      originCountryCode: country,
      exportCountryCode: country,
      destinationCountryCode: country,
      grossMassKg: decimals(1e6, 3),
      netMassKg: decimals(1e6, 3),
      itemPrice: decimals(1e9, 2),
      currencyCode: code(3, 3),
      customsValue: decimals(1e9, 2),
      statisticalValue: decimals(1e9, 2),
      additionalProcedureCodes: fc.array(alnum(3), { minLength: 1, maxLength: 3 }),
      dutyTaxFees: fc.array(duty, { minLength: 1, maxLength: 2 }),
      documents: fc.array(document, { minLength: 1, maxLength: 3 }),
      previousDocuments: fc.array(document, { minLength: 1, maxLength: 2 }),
      packages: fc.array(
        fc.record({ quantity: count(99999999), typeCode: code(2, 2), marks: text(350) }, { requiredKeys: [] }),
        { minLength: 1, maxLength: 2 },
      ),
      tariff: fc.record({ tariffQuantity: decimals(1e6, 3), tariffQuantityUnit: code(1, 3) }),
    },
    { requiredKeys: ['sequence', 'classifications'] },
  )
  .map(({ tariff, ...item }) => ({ ...item, ...(tariff ?? {}) }));

const containers = fc.oneof(
  fc.tuple(
    nonEmpty(
      fc.record({ id: alnum(17), sealIds: fc.array(alnum(10), { minLength: 1, maxLength: 3 }) }, { requiredKeys: [] }),
    ),
  ),
  fc.array(fc.record({ id: alnum(17) }), { minLength: 2, maxLength: 4 }),
);

const consignment = fc.record(
  {
    exportCountryCode: country,
    destinationCountryCode: country,
    loadingLocation: text(25),
    warehouseId: text(25),
    routingCountryCodes: fc.array(country, { minLength: 1, maxLength: 4 }),
    goodsLocation: nonEmpty(
      fc.record({ id: text(25), typeCode: code(1, 3), name: text(70), countryCode: country }, { requiredKeys: [] }),
    ),
    containers,
    incotermCode: code(3, 3),
    incotermPlace: text(70),
    incotermLocationId: alnum(17),
    ucr: text(35),
    invoiceId: text(35),
    freightAmount: decimals(1e9, 2),
  },
  { requiredKeys: [] },
);

const ROLES = [
  'declarant',
  'importer',
  'exporter',
  'seller',
  'buyer',
  'consignee',
  'consignor',
  'agent',
  'carrier',
  'submitter',
] as const;

/** A declaration within what the CUSDEC mapping carries. */
export const cusdecDeclaration: fc.Arbitrary<Declaration> = fc
  .record(
    {
      functionCode: alnum(2),
      typeCode: alnum(3),
      functionalReferenceId: text(35),
      mrn: text(35),
      issueDate: isoDate,
      acceptanceDate: isoDate,
      declarationOfficeId: alnum(17),
      exitOfficeId: alnum(17),
      currencyCode: code(3, 3),
      exchangeRate: decimals(99999, 4),
      invoiceAmount: decimals(1e9, 2),
      totalGrossMassKg: decimals(1e8, 3),
      totalPackageQuantity: count(99999999),
      goodsItemQuantity: count(99999),
      specificCircumstancesCode: alnum(3),
      additionalInformation: statements(code(3, 3)),
      parties: fc.record(
        Object.fromEntries(ROLES.map((role) => [role, party])) as Record<(typeof ROLES)[number], fc.Arbitrary<Party>>,
        {
          requiredKeys: [],
        },
      ),
      transport: fc.record({ border: means, departure: means, arrival: means }, { requiredKeys: [] }),
      consignment,
      goodsItems: fc.array(goodsItem, { minLength: 1, maxLength: 3 }),
      documents: fc.array(document, { minLength: 1, maxLength: 4 }),
      previousDocuments: fc.array(document, { minLength: 1, maxLength: 4 }),
    },
    { requiredKeys: ['functionCode', 'parties', 'transport', 'consignment', 'goodsItems'] },
  )
  .map((declaration) => declaration as Declaration);
