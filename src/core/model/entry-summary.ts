import type { Classification, DeclarationDocument, GoodsItem } from './declaration-schema.js';

/**
 * An EU ICS (phase 1) entry summary declaration (IE315 / CC315A) or its amendment (IE313 /
 * CC313A): the safety-and-security data a carrier files before goods enter the customs territory.
 * Names are plain; comments give the DG TAXUD element they come from.
 */

/** A trader block (`TRACONCO1`, `TRACONCE1`, `NOTPAR670`, `TRAREP`, `PERLODSUMDEC`, `TRACARENT601`). */
export interface EnsParty {
  /** `TIN...` (EORI or other trader identification number). */
  tin?: string;
  name?: string;
  street?: string;
  postcode?: string;
  city?: string;
  /** ISO 3166-1 alpha-2, as given. */
  country?: string;
}

/** `PACGS2`: kind of packages (UN/ECE Rec. 21), number of packages or pieces, marks. */
export interface EnsPackage {
  kind?: string;
  count?: number;
  pieces?: number;
  marks?: string;
}

/** `PRODOCDC2`: a produced document or certificate (transport document, for instance). */
export interface EnsDocument {
  type: string;
  reference: string;
}

/** `GOOITEGDS`: one goods item. */
export interface EnsGoodsItem {
  /** `IteNumGDS7`. */
  itemNumber: number;
  description?: string;
  grossMassKg?: number;
  /** `COMCODGODITM/ComNomCMD1`: combined nomenclature code, 4 to 8 digits. */
  commodityCode?: string;
  /** `UNDanGooCodGDI1`: UN dangerous goods number, 4 digits. */
  unDangerousGoodsCode?: string;
  /** `MetOfPayGDI12`: transport charges method of payment. */
  transportChargesPayment?: string;
  /** `ComRefNumGIM1`: commercial reference (transport document number). */
  commercialReference?: string;
  placeOfLoading?: string;
  placeOfUnloading?: string;
  documents: EnsDocument[];
  /** `SPEMENMT2/AddInfCodMT23`: additional information codes. */
  specialMentions: string[];
  consignor?: EnsParty;
  consignee?: EnsParty;
  notifyParty?: EnsParty;
  /** `CONNR2/ConNumNR21`: container numbers. */
  containers: string[];
  /** `IDEMEATRAGI970`: means of transport at border for this item. */
  transportMeans: { identity?: string; nationality?: string }[];
  packages: EnsPackage[];
}

/** `MESSAGE` group: the envelope data of the message. */
export interface EnsMessageHeader {
  sender: string;
  recipient?: string;
  /** `DatOfPreMES9` + `TimOfPreMES10`, ISO 8601. */
  preparedAt?: string;
  messageId?: string;
  correlationId?: string;
}

export interface EntrySummary {
  messageType: 'CC315A' | 'CC313A';
  /** `CC315A` is a declaration, `CC313A` an amendment of one (by MRN). */
  kind: 'declaration' | 'amendment';
  header: EnsMessageHeader;
  /** `HEAHEA/RefNumHEA4`: local reference number of the person lodging. */
  lrn?: string;
  /** `HEAHEA/DocNumHEA5`: MRN of the declaration being amended (CC313A). */
  mrn?: string;
  transport: {
    /** `TraModAtBorHEA76`: transport mode at border (1 sea, 2 rail, 3 road, 4 air...). */
    modeAtBorder?: string;
    /** `IdeOfMeaOfTraCroHEA85`: identity of the means of transport crossing the border. */
    identityCrossingBorder?: string;
    nationalityCrossingBorder?: string;
    /** `ConRefNumHEA`: conveyance reference (voyage or flight number). */
    conveyanceReference?: string;
  };
  totals: { items?: number; packages?: number; grossMassKg?: number };
  declarationPlace?: string;
  /** `SpeCirIndHEA1`: specific circumstance indicator. */
  specificCircumstance?: string;
  transportChargesPayment?: string;
  /** `ComRefNumHEA`: commercial reference (bill of lading, air waybill). */
  commercialReference?: string;
  placeOfLoading?: string;
  placeOfUnloading?: string;
  /** `DecDatTimHEA114` (CC315A) or `DatTimAmeHEA113` (CC313A), ISO 8601. */
  declaredAt?: string;
  consignor?: EnsParty;
  consignee?: EnsParty;
  notifyParty?: EnsParty;
  representative?: EnsParty;
  /** `PERLODSUMDEC`: the person lodging the summary declaration. */
  lodgingPerson: EnsParty;
  /** `TRACARENT601`: the entry carrier. */
  carrier?: EnsParty;
  /** `ITI/CouOfRouCodITI1`, in itinerary order. */
  routingCountries: string[];
  /** `SEAID529/SeaIdSEAID530`. */
  seals: string[];
  /** `CUSOFFLON/RefNumCOL1`. */
  officeOfLodgement?: string;
  /** `CUSOFFFENT730`: office of first entry and expected arrival there. */
  officeOfFirstEntry?: { reference: string; expectedArrival?: string };
  /** `CUSOFFSENT740/RefNumSUBENR909`. */
  subsequentEntryOffices: string[];
  goodsItems: EnsGoodsItem[];
}

/** Identifiers by which an entry summary is matched with the declarations and manifests of the same goods. */
export interface EntrySummaryReferences {
  lrn?: string;
  mrn?: string;
  /** Transport document numbers (header and item commercial references), each once. */
  transportDocuments: string[];
  conveyanceReference?: string;
  containers: string[];
  /** Trader identification numbers (EORI) of lodging person, consignee, consignor, carrier. */
  traderIds: string[];
  commodityCodes: string[];
}

export function entrySummaryReferences(ens: EntrySummary): EntrySummaryReferences {
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
  const items = ens.goodsItems;
  const parties = [ens.lodgingPerson, ens.consignee, ens.consignor, ens.carrier, ens.representative];
  const itemParties = items.flatMap((item) => [item.consignee, item.consignor]);
  return {
    ...(ens.lrn === undefined ? {} : { lrn: ens.lrn }),
    ...(ens.mrn === undefined ? {} : { mrn: ens.mrn }),
    transportDocuments: unique([ens.commercialReference, ...items.map((item) => item.commercialReference)]),
    ...(ens.transport.conveyanceReference === undefined
      ? {}
      : { conveyanceReference: ens.transport.conveyanceReference }),
    containers: unique(items.flatMap((item) => item.containers)),
    traderIds: unique([...parties, ...itemParties].map((party) => party?.tin)),
    commodityCodes: unique(items.map((item) => item.commodityCode)),
  };
}

/**
 * ENS goods items as canonical goods items: what a later import declaration of the same goods
 * states (description, commodity code, gross mass, UN number, packages, transport documents),
 * so that the two can be compared field by field with the same code.
 */
export function entrySummaryGoodsItems(ens: EntrySummary): GoodsItem[] {
  return ens.goodsItems.map((item) => {
    const goods: GoodsItem = { sequence: item.itemNumber, classifications: classifications(item) };
    if (item.description !== undefined) goods.description = item.description;
    if (item.grossMassKg !== undefined) goods.grossMassKg = item.grossMassKg;
    if (item.unDangerousGoodsCode !== undefined) goods.dangerousGoodsUnId = item.unDangerousGoodsCode;
    const packages = item.packages.map((pack, index) => {
      const quantity = pack.count ?? pack.pieces;
      return {
        sequence: index + 1,
        ...(pack.kind === undefined ? {} : { typeCode: pack.kind }),
        ...(quantity === undefined ? {} : { quantity }),
        ...(pack.marks === undefined ? {} : { marks: pack.marks }),
      };
    });
    if (packages.length > 0) goods.packages = packages;
    const documents = itemDocuments(item);
    if (documents.length > 0) goods.previousDocuments = documents;
    return goods;
  });
}

function classifications(item: EnsGoodsItem): Classification[] {
  // TSP is the WCO identification type of an HS/CN code, as the DEC-DMS samples use it.
  return item.commodityCode === undefined ? [] : [{ id: item.commodityCode, identificationTypeCode: 'TSP' }];
}

function itemDocuments(item: EnsGoodsItem): DeclarationDocument[] {
  const documents: DeclarationDocument[] = item.documents.map((document) => ({
    typeCode: document.type,
    id: document.reference,
  }));
  if (item.commercialReference !== undefined) documents.push({ id: item.commercialReference });
  return documents;
}
