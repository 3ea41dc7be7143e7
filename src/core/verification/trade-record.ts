import type { Declaration, GoodsItem } from '../model/declaration-schema.js';
import { dayOf, hsDigits, normalizeName, normalizeReference } from './normalize.js';

/**
 * The facts of one declaration that cross-checks compare, flattened once so that matching a
 * million records against a million does not walk declaration trees in its inner loop.
 */
export interface TradeRecord {
  /** Declaration id as the caller knows it (record id, MRN or LRN). */
  id: string;
  /** Days since 1970-01-01 of the declaration (or acceptance) date. */
  day: number;
  /** The other country of the flow: dispatch country for an import, declaring country for an export. */
  partnerCountry: string;
  /** HS6 of the main goods item (largest value), `''` when unknown. */
  hs6: string;
  /** Index in `goodsItems` of that main item (what findings point at). */
  mainItem: number;
  /** Total net mass, kg (NaN when no item has one). */
  massKg: number;
  /** Total gross mass, kg: the declaration total, else the items' sum (NaN when unknown). */
  grossMassKg: number;
  /** Total number of packages (NaN when unknown). */
  packages: number;
  /** Total value in the common currency: CIF customs value for imports, FOB for exports. */
  value: number;
  /** Our importer, or the partner export's consignee / buyer. */
  partyId: string;
  partyName: string;
  /** Foreign trader: our seller / consignor, or the partner export's exporter. */
  traderId: string;
  traderName: string;
  /** Normalised UCR (`''` when absent). */
  ucr: string;
  /** Normalised transport document numbers (bill of lading, air waybill...) from previous documents. */
  transportDocuments: string[];
  /** Normalised container numbers. */
  containers: string[];
}

/** How to read a declaration into a trade record. */
export interface TradeRecordOptions {
  /** Id to give the record; defaults to MRN, then LRN. */
  id?: string;
  /**
   * Converts an amount into the common currency of the comparison. Defaults to identity, which
   * is right only when both sides declare in one currency.
   */
  convert?: (amount: number, currency: string, date: string) => number;
}

/**
 * Previous-document types that name a transport document: WCO/UN 1001 codes 705 (bill of
 * lading), 740 (air waybill), 741 (master AWB), 703 (house B/L), 714 (house B/L), 730 (road
 * consignment note), 720 (rail), 785 (cargo manifest) and their EU N-prefixed forms.
 */
const TRANSPORT_DOCUMENT_TYPES = new Set([
  '705',
  '703',
  '714',
  '740',
  '741',
  '720',
  '730',
  '785',
  '952',
  'MRN',
  'BL',
  'AWB',
]);

export function isTransportDocumentType(type: string | undefined): boolean {
  if (!type) return false;
  return TRANSPORT_DOCUMENT_TYPES.has(type.replace(/^N/, '').toUpperCase());
}

function itemValue(item: GoodsItem, flow: 'import' | 'export'): number | undefined {
  return flow === 'import'
    ? (item.customsValue ?? item.statisticalValue ?? item.itemPrice)
    : (item.statisticalValue ?? item.itemPrice ?? item.customsValue);
}

function sumOf(items: readonly GoodsItem[], read: (item: GoodsItem) => number | undefined): number {
  let total = 0;
  let seen = false;
  for (const item of items) {
    const value = read(item);
    if (value !== undefined && Number.isFinite(value)) {
      total += value;
      seen = true;
    }
  }
  return seen ? total : Number.NaN;
}

function mainItemIndex(items: readonly GoodsItem[], flow: 'import' | 'export'): number {
  let best = 0;
  let bestValue = -1;
  items.forEach((item, index) => {
    const value = itemValue(item, flow) ?? 0;
    if (value > bestValue) [best, bestValue] = [index, value];
  });
  return best;
}

function hs6Of(item: GoodsItem | undefined): string {
  const classification =
    item?.classifications.find((c) => c.identificationTypeCode !== 'TRA') ?? item?.classifications[0];
  return hsDigits(classification?.id).slice(0, 6);
}

function transportDocuments(declaration: Declaration): string[] {
  const documents = [...(declaration.previousDocuments ?? [])];
  for (const item of declaration.goodsItems) documents.push(...(item.previousDocuments ?? []));
  const out = new Set<string>();
  for (const document of documents) {
    if (isTransportDocumentType(document.typeCode)) {
      const reference = normalizeReference(document.id);
      if (reference) out.add(reference);
    }
  }
  return [...out];
}

/** Whether a declaration is an export (type code EX, CO ... or an export procedure 10xx). */
export function isExportDeclaration(declaration: Declaration): boolean {
  const type = (declaration.typeCode ?? '').toUpperCase();
  if (type.startsWith('EX') || type.startsWith('EU')) return true;
  const procedure = declaration.goodsItems[0]?.procedureCode ?? '';
  return /^(10|11|23|31)/.test(procedure) && !type.startsWith('IM');
}

/** Flattens a declaration (ours or a partner's) into the facts cross-checks compare. */
export function toTradeRecord(declaration: Declaration, options: TradeRecordOptions = {}): TradeRecord {
  const flow = isExportDeclaration(declaration) ? 'export' : 'import';
  const items = declaration.goodsItems;
  const parties = declaration.parties;
  const date = (declaration.issueDate ?? declaration.acceptanceDate ?? '').slice(0, 10);
  const currency = items[0]?.currencyCode ?? declaration.currencyCode ?? '';
  const convert = options.convert;
  const rawValue = sumOf(items, (item) => itemValue(item, flow));
  const mainItem = mainItemIndex(items, flow);
  const counterpart = flow === 'import' ? parties.importer : (parties.consignee ?? parties.buyer);
  const trader = flow === 'import' ? (parties.seller ?? parties.consignor) : (parties.exporter ?? parties.consignor);
  const consignment = declaration.consignment;
  const partnerCountry =
    flow === 'import'
      ? (consignment.exportCountryCode ?? items[0]?.originCountryCode ?? '')
      : (consignment.exportCountryCode ?? parties.exporter?.address?.countryCode ?? '');
  return {
    id: options.id ?? declaration.mrn ?? declaration.functionalReferenceId ?? '',
    day: dayOf(date),
    partnerCountry: partnerCountry.toUpperCase(),
    hs6: hs6Of(items[mainItem]),
    mainItem,
    massKg: sumOf(items, (item) => item.netMassKg ?? item.grossMassKg),
    grossMassKg: declaration.totalGrossMassKg ?? sumOf(items, (item) => item.grossMassKg),
    packages: declaration.totalPackageQuantity ?? sumOf(items, packagesOf),
    value: convert && Number.isFinite(rawValue) ? convert(rawValue, currency, date) : rawValue,
    partyId: normalizeReference(counterpart?.id),
    partyName: normalizeName(counterpart?.name),
    traderId: normalizeReference(trader?.id),
    traderName: normalizeName(trader?.name),
    ucr: normalizeReference(consignment.ucr),
    transportDocuments: transportDocuments(declaration),
    containers: (consignment.containers ?? []).map((c) => normalizeReference(c.id)).filter((id) => id !== ''),
  };
}

function packagesOf(item: GoodsItem): number | undefined {
  if (!item.packages || item.packages.length === 0) return undefined;
  return item.packages.reduce((total, p) => total + (p.quantity ?? 0), 0);
}
