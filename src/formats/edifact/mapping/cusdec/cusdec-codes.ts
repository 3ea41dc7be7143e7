import type { Parties } from '../../../../core/model/declaration-schema.js';

/*
 * The qualifiers Tamga's CUSDEC mapping reads and writes (UN/EDIFACT D.96B code lists). One table
 * serves both directions, so that canonical → CUSDEC → canonical keeps every mapped field.
 */

export type PartyRole = keyof Parties;

/** NAD 3035 party qualifier per canonical party. */
export const PARTY_QUALIFIERS: Record<PartyRole, string> = {
  declarant: 'DT',
  importer: 'IM',
  exporter: 'EX',
  seller: 'SE',
  buyer: 'BY',
  consignee: 'CN',
  consignor: 'CZ',
  agent: 'AE',
  carrier: 'CA',
  submitter: 'MS',
};

/** Qualifiers read as a party when the message has no party of the main qualifier (AF: transit principal). */
export const PARTY_ALIASES: Record<string, PartyRole> = { AF: 'declarant', CB: 'agent' };

/** LOC 3227 at header level. */
export const HEADER_PLACES = {
  exportCountryCode: '35',
  destinationCountryCode: '36',
  declarationOfficeId: '22',
  loadingLocation: '9',
  warehouseId: '18',
  goodsLocation: '14',
  incotermPlace: '1',
} as const;

/** LOC 3227 in a customs item. */
export const ITEM_PLACES = { originCountryCode: '27', exportCountryCode: '35', destinationCountryCode: '36' } as const;

/** DTM 2005. */
export const DATES = { issueDate: '137', acceptanceDate: '148', documentDate: '182' } as const;

/** SG1 RFF 1153. */
export const REFERENCES = { mrn: 'ABT', ucr: 'UCN', invoiceId: 'IV' } as const;

/** MOA 5025. */
export const AMOUNTS = {
  invoiceAmount: '39',
  freightAmount: '64',
  itemPrice: '38',
  customsValue: '40',
  statisticalValue: '123',
  assessedAmount: '161',
  taxBaseAmount: '56',
} as const;

/** TDT 8051 transport stage per canonical transport means. */
export const TRANSPORT_STAGES = { border: '11', departure: '12', arrival: '13' } as const;

/** CNT 6069. */
export const CONTROL_TOTALS = { goodsItemQuantity: '5', totalPackageQuantity: '11', totalGrossMass: '7' } as const;

/** MEA 6313 (with 6311 WT) and the tariff quantity's 6311. */
export const MEASURES = { gross: 'G', net: 'AAF', totalGross: 'AAD', tariffQuantity: 'AAR' } as const;
export const GROSS_ALIASES = ['G', 'AAB', 'AAE', 'AAG'];
export const NET_ALIASES = ['AAF', 'AAL', 'AAA', 'AAC', 'N', 'ADZ'];

/** DOC C002/1001: previous (administrative) documents and other documents, the type then in C002/1000. */
export const DOCUMENT_KINDS = { previous: '190', other: '916' } as const;

/** CST C246/1131 for the codes a customs item carries there. */
export const CUSTOMS_CODE_LISTS = { procedure: '117', valuationMethod: '127' } as const;

/** Classification types (WCO) and the 1131 code lists that stand for them; others are written as they are. */
export const CLASSIFICATION_LISTS: Record<string, string> = { HS: '169', TSP: '122', TRC: '108', TRA: '110' };
export const CLASSIFICATION_TYPES: Record<string, string> = Object.fromEntries(
  Object.entries(CLASSIFICATION_LISTS).map(([type, list]) => [list, type]),
);

/** GIS C529/1131 of additional procedure codes; TAX 5283 of a customs item's duties. */
export const ADDITIONAL_PROCEDURE_LIST = '117';
export const ITEM_DUTY_FUNCTION = '1';
export const SPECIAL_CIRCUMSTANCES_LIST = '110';

/** FTX 4451 of the goods description; others are additional information (statement type). */
export const DESCRIPTION_TEXT = 'AAA';
export const DEFAULT_STATEMENT_TYPE = 'AAI';
