import { identifyDeclaration } from '../../src/core/ingest/declaration-identity.js';
import { canonicalJson } from '../../src/core/model/canonical-json.js';
import type { Declaration, GoodsItem } from '../../src/core/model/declaration-schema.js';
import type { Lineage, RawMessage } from '../../src/core/model/record.js';
import type { NewDeclarationVersion } from '../../src/core/ports/declaration-store.js';
import { nodeSha256 } from '../../src/adapters/node-sha256.js';

/**
 * Realistic canonical declarations for tests and benchmarks. Each call without overrides
 * gives a new declaration (new LRN, date, goods), varied but deterministic in call order.
 */
let sequence = 0;

interface Commodity {
  hs: string;
  description: string;
  dutyRate: number;
  unitPrice: number;
}

const COMMODITIES: readonly Commodity[] = [
  { hs: '84713000', description: 'Portable laptop computers, 14 inch, with charger', dutyRate: 0, unitPrice: 420 },
  { hs: '69072200', description: 'Glazed ceramic floor tiles, 60x60 cm', dutyRate: 5, unitPrice: 6.5 },
  { hs: '76071119', description: 'Aluminium foil rolls, 0.012 mm, not backed', dutyRate: 7.5, unitPrice: 3.1 },
  { hs: '62034231', description: "Men's denim trousers of cotton", dutyRate: 12, unitPrice: 9.8 },
  { hs: '94036010', description: 'Wooden dining tables, solid oak', dutyRate: 0, unitPrice: 180 },
  { hs: '85176200', description: 'Wi-Fi routers for home networks', dutyRate: 0, unitPrice: 24 },
  { hs: '39269097', description: 'Plastic storage boxes with lids', dutyRate: 6.5, unitPrice: 2.2 },
  { hs: '44089015', description: 'Beech veneer sheets, planed, 0.6 mm', dutyRate: 4, unitPrice: 1.4 },
];
const ORIGINS = ['CN', 'VN', 'TR', 'IN', 'US', 'DE', 'IT', 'JP'] as const;
const DISPATCH: Record<string, string> = {
  DE: 'DE',
  IT: 'IT',
  CN: 'CN',
  VN: 'VN',
  TR: 'TR',
  IN: 'IN',
  US: 'US',
  JP: 'JP',
};

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
const round2 = (value: number) => Math.round(value * 100) / 100;

function goodsItem(n: number, sequenceNumber: number): GoodsItem {
  const commodity = pick(COMMODITIES, n * 3 + sequenceNumber);
  const origin = pick(ORIGINS, n + sequenceNumber);
  const quantity = 10 + ((n * 7 + sequenceNumber * 13) % 490);
  const value = round2(quantity * commodity.unitPrice);
  const net = round2(quantity * (0.4 + ((n + sequenceNumber) % 9) * 0.35));
  return {
    sequence: sequenceNumber,
    description: commodity.description,
    classifications: [
      { id: commodity.hs, identificationTypeCode: 'TSP' },
      { id: '00', identificationTypeCode: 'TRC' },
    ],
    originCountryCode: origin,
    originTypeCode: '1',
    netMassKg: net,
    grossMassKg: round2(net * 1.12),
    tariffQuantity: quantity,
    tariffQuantityUnit: 'NAR',
    itemPrice: value,
    customsValue: round2(value * 1.06),
    currencyCode: 'EUR',
    valuationMethodCode: '1',
    procedureCode: '4000',
    dutyTaxFees: [{ typeCode: 'A00', rate: commodity.dutyRate, taxBaseAmount: round2(value * 1.06) }],
    documents: [{ categoryCode: 'N', typeCode: 'N935', id: `INV-${100000 + n}` }],
    packages: [{ sequence: 1, typeCode: 'CT', quantity: Math.ceil(quantity / 10) }],
  };
}

/** A valid import declaration (type IM, function 9) with one or two goods items. */
export function buildDeclaration(overrides: Partial<Declaration> = {}): Declaration {
  const n = ++sequence;
  const items = n % 3 === 0 ? [goodsItem(n, 1), goodsItem(n, 2)] : [goodsItem(n, 1)];
  const origin = items[0]!.originCountryCode!;
  // Dates advance as a daily feed does: a few hundred declarations a day.
  const day = new Date(Date.UTC(2024, 0, 1 + Math.floor(n / 300)));
  const declarantId = `GB${String(683470514000 + (n % 40)).padStart(12, '0')}`;
  const importerId = `GB${String(553202734000 + (n % 250)).padStart(12, '0')}`;
  const declaration: Declaration = {
    functionCode: '9',
    typeCode: 'IM',
    functionalReferenceId: `LRN24-${String(n).padStart(8, '0')}`,
    issueDate: day.toISOString().slice(0, 10),
    declarationOfficeId: pick(['GB000060', 'GB000011', 'GB000291'], n),
    currencyCode: 'EUR',
    exchangeRate: 0.8542,
    invoiceAmount: round2(items.reduce((sum, item) => sum + item.itemPrice!, 0)),
    totalGrossMassKg: round2(items.reduce((sum, item) => sum + item.grossMassKg!, 0)),
    totalPackageQuantity: items.reduce((sum, item) => sum + item.packages![0]!.quantity!, 0),
    goodsItemQuantity: items.length,
    parties: {
      declarant: { id: declarantId, name: 'Harbour Customs Brokers Ltd' },
      importer: {
        id: importerId,
        name: `Northwind Trading ${n % 250}`,
        address: { line: '12 Dock Road', cityName: 'Felixstowe', postcodeId: 'IP11 3SY', countryCode: 'GB' },
      },
      exporter: { id: `${origin}EXP${n % 500}`, name: `Export House ${n % 500}` },
      seller: { id: `${origin}SEL${n % 500}` },
    },
    transport: {
      border: { modeCode: '1', id: `IMO9${String(811000 + (n % 90)).padStart(6, '0')}`, identificationTypeCode: '10' },
      arrival: { modeCode: '1', nationalityCode: 'PA' },
    },
    consignment: {
      exportCountryCode: DISPATCH[origin] ?? origin,
      destinationCountryCode: 'GB',
      transactionNatureCode: '11',
      containerIndicator: '1',
      goodsLocation: { id: 'FXTFXTFXT', typeCode: 'A', countryCode: 'GB' },
      containers: [{ sequence: 1, id: `MSCU${String(1000000 + n).slice(-7)}` }],
      incotermCode: 'CIF',
      incotermPlace: 'Felixstowe',
      invoiceId: `INV-${100000 + n}`,
    },
    goodsItems: items,
  };
  // An override set to undefined removes the field, as it would be absent from a submission.
  return Object.assign(declaration, overrides);
}

export interface RecordOverrides extends Partial<Omit<NewDeclarationVersion, 'declaration' | 'lineage'>> {
  /** Merged over a fresh `buildDeclaration()`. */
  declaration?: Partial<Declaration>;
  lineage?: Partial<Lineage>;
}

/** A record and the raw JSON submission it came from, hashes and identity computed as ingest does. */
export function buildSubmission(overrides: RecordOverrides = {}): { record: NewDeclarationVersion; raw: RawMessage } {
  const { declaration: declarationOverrides, lineage: lineageOverrides, ...rest } = overrides;
  const declaration = buildDeclaration(declarationOverrides);
  const text = canonicalJson(declaration);
  const body = new TextEncoder().encode(text);
  const raw: RawMessage = { sha256: nodeSha256(body), mediaType: 'application/json', body };
  const identity = identifyDeclaration(declaration, nodeSha256);
  const record: NewDeclarationVersion = {
    ...identity,
    declaration,
    canonicalJson: text,
    lineage: { source: 'api', format: 'json', receivedAt: '2024-06-01T09:30:00.000Z', rawSha256: raw.sha256 },
    findings: [],
    qualityScore: 100,
    status: 'accepted',
    ...rest,
  };
  record.lineage = { ...record.lineage, ...lineageOverrides };
  return { record, raw };
}

export function buildRecord(overrides: RecordOverrides = {}): NewDeclarationVersion {
  return buildSubmission(overrides).record;
}
