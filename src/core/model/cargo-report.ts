/**
 * A cargo report (manifest) as a carrier files it before arrival or departure: the means of transport
 * and its voyage, and every consignment on board with its transport document (bill of lading, air
 * waybill, house or master), containers, packages, goods and parties. Identifiers are kept exactly as
 * filed: a manifest is matched against the declarations that should cover each consignment.
 * Read from UN/EDIFACT CUSCAR today; other cargo report formats map to the same model.
 */
export interface CargoReport {
  /** Reference of the report message (UNH 0062 for CUSCAR). */
  messageReference: string;
  /** Report (manifest) number (BGM C106/1004). */
  documentNumber?: string;
  /** Document type code (BGM C002/1001: 85 customs manifest, 785 cargo manifest...). */
  documentTypeCode?: string;
  /** Message function (BGM 1225: 9 original, 5 replace, 1 cancellation...). */
  functionCode?: string;
  /** Date of the report (ISO 8601 where the format is known). */
  issueDate?: string;
  references: CargoReference[];
  /** Parties of the report itself: sender, reporting carrier, agent. */
  parties: CargoParty[];
  /** Means of transport and voyage, main carriage first as filed. */
  transport: CargoTransport[];
  /** Transport equipment (containers, trailers) reported at report level, with seals. */
  equipment: CargoEquipment[];
  consignments: CargoConsignment[];
  /** Control totals (CNT: number of consignments, packages, gross weight...). */
  totals: CargoTotal[];
}

/** A reference: qualifier as filed (UN/EDIFACT 1153 for CUSCAR) and value. */
export interface CargoReference {
  qualifier: string;
  value?: string;
}

export interface CargoParty {
  /** Party function as filed (UN/EDIFACT 3035: CZ consignor, CN consignee, N1 notify, CA carrier...). */
  role: string;
  id?: string;
  /** Code list and agency of the identifier. */
  idList?: string;
  idAgency?: string;
  name?: string;
  street?: string;
  city?: string;
  postcode?: string;
  countrySubdivision?: string;
  countryCode?: string;
  /** Unstructured name-and-address lines as filed. */
  lines?: string[];
}

export interface CargoLocation {
  /** Location function as filed (3227: 9 loading, 11 discharge, 60 arrival, 8 destination...). */
  qualifier: string;
  id?: string;
  /** Code list of the id (1131: 139 port, 6 UN/LOCODE...). */
  idList?: string;
  name?: string;
}

export interface CargoDate {
  /** Date function as filed (2005: 132 estimated arrival, 178 actual arrival, 133 estimated departure...). */
  qualifier: string;
  /** ISO 8601 when the format is known, as filed otherwise. */
  value: string;
}

export interface CargoTransport {
  /** Transport stage (8051: 20 main carriage, 30 on-carriage...). */
  stageCode?: string;
  /** Mode (8067, UN/ECE Rec. 19: 1 sea, 3 road, 4 air...). */
  modeCode?: string;
  /** Voyage or flight number (8028). */
  conveyanceReference?: string;
  /** Means of transport identity (IMO number, call sign, registration; C222/8213) and its code list. */
  meansId?: string;
  meansIdList?: string;
  /** Vessel or aircraft name (C222/8212). */
  meansName?: string;
  meansTypeCode?: string;
  nationalityCode?: string;
  carrier?: { id?: string; idList?: string; idAgency?: string; name?: string };
  /** First arrival date of the report (actual if filed, else estimated). */
  arrivalDate?: string;
  departureDate?: string;
  portOfLoading?: string;
  portOfDischarge?: string;
  placeOfArrival?: string;
  locations: CargoLocation[];
  dates: CargoDate[];
}

export interface CargoMeasure {
  /** Measurement purpose and dimension as filed (6311 / 6313: WT + G gross weight, AAE + AAW volume). */
  purpose: string;
  dimension?: string;
  unit?: string;
  value?: number;
}

export interface CargoEquipment {
  /** Equipment type (8053: CN container, TE trailer...). */
  qualifier: string;
  /** Container or equipment number. */
  id?: string;
  /** Size and type (ISO 6346 code). */
  sizeTypeCode?: string;
  supplierCode?: string;
  statusCode?: string;
  /** Full or empty (8169). */
  fullEmptyCode?: string;
  seals: string[];
  grossMassKg?: number;
  measures: CargoMeasure[];
}

export type TransportDocumentKind =
  | 'bill-of-lading'
  | 'master-bill-of-lading'
  | 'house-bill-of-lading'
  | 'sub-house-bill-of-lading'
  | 'air-waybill'
  | 'master-air-waybill'
  | 'house-air-waybill'
  | 'road-consignment-note'
  | 'rail-consignment-note'
  | 'waybill'
  | 'other';

/** The transport document a consignment travels under. */
export interface TransportDocument {
  /** Qualifier as filed (1153: BM, MB, BH, AWB, MWB, HWB...). */
  qualifier: string;
  kind: TransportDocumentKind;
  number?: string;
}

export interface CargoConsignment {
  /** Consolidation item number (CNI 1490). */
  consolidationItemNumber?: number;
  /** Document number given on the consolidation item (CNI C503/1004). */
  consolidationDocumentNumber?: string;
  transportDocument: TransportDocument;
  references: CargoReference[];
  placeOfLoading?: string;
  placeOfDischarge?: string;
  placeOfDelivery?: string;
  placeOfDestination?: string;
  /** Country of despatch (LOC 113 / 35), when filed. */
  dispatchCountryCode?: string;
  locations: CargoLocation[];
  parties: CargoParty[];
  /** On-carriage or pre-carriage legs filed for this consignment. */
  transport: CargoTransport[];
  goodsItems: CargoGoodsItem[];
  /** Containers the consignment's goods are stuffed in (from SGP), in order, without repeats. */
  containerIds: string[];
  /** Sum of the goods items' gross mass, when every item has one. */
  grossMassKg?: number;
  totals: CargoTotal[];
}

export interface CargoGoodsItem {
  sequence?: number;
  packages: { count?: number; typeCode?: string; typeDescription?: string }[];
  /** Goods description (FTX AAA), lines joined. */
  description?: string;
  /** Other free texts (handling, transport information...). */
  texts: { qualifier: string; text: string }[];
  grossMassKg?: number;
  netMassKg?: number;
  volumeM3?: number;
  measures: CargoMeasure[];
  containerIds: string[];
  /** Commodity codes where filed (CST C246 or PIA). */
  hsCodes: string[];
  marks: string[];
  dangerousGoods: { unNumber?: string; hazardClass?: string }[];
}

export interface CargoTotal {
  /** Control qualifier as filed (6069: 7 gross weight, 10 consignments, 11 packages, 16 equipment...). */
  qualifier: string;
  value?: number;
  unit?: string;
}
