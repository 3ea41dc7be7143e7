/**
 * A transit movement as NCTS phase 5 (CTC, DDNTA v5) describes it across its messages: the
 * declaration (CC015C), release for transit (CC029C), arrival notification (CC007C), unloading
 * permission and remarks (CC043C / CC044C) and goods release at destination (CC025C).
 *
 * A decoder folds those messages into one value per movement: the declared data at the top,
 * and everything that happened afterwards as `events`, each keeping what its message observed.
 * Names follow the NCTS data items; comments give the NCTS class / data item path.
 */

/** NCTS `Address` (street and number, postcode, city, country). */
export interface TransitAddress {
  streetAndNumber?: string;
  postcode?: string;
  city?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
}

/** Holder, consignor, consignee, carrier, trader at destination. */
export interface TransitParty {
  /** `identificationNumber` (EORI or TIN). */
  id?: string;
  /** `TIRHolderIdentificationNumber` (TIR movements). */
  tirHolderId?: string;
  name?: string;
  address?: TransitAddress;
}

/** `CustomsOfficeOfTransitDeclared` / `CustomsOfficeOfExitForTransitDeclared`. */
export interface TransitOffice {
  sequence: number;
  /** Customs office reference number, e.g. `GB000060`. */
  referenceNumber: string;
  /** `arrivalDateAndTimeEstimated`, ISO 8601. */
  arrivalEstimated?: string;
}

/** `Packaging`: package type (UN/ECE Rec. 21), number and marks. */
export interface TransitPackaging {
  sequence?: number;
  typeCode?: string;
  quantity?: number;
  marks?: string;
}

/** `TransportDocument` / `PreviousDocument` / `SupportingDocument`. */
export interface TransitDocument {
  /** Document type code, e.g. `N705` (bill of lading), `N740` (air waybill). */
  type?: string;
  referenceNumber: string;
}

/** `TransportEquipment`: a container (or other equipment) with its seals and the goods in it. */
export interface TransitEquipment {
  sequence: number;
  /** `containerIdentificationNumber` (ISO 6346), absent for sealed trucks. */
  containerId?: string;
  /** `numberOfSeals` as declared. */
  numberOfSeals?: number;
  /** `Seal/identifier`, in sequence order. */
  seals: string[];
  /** `GoodsReference/declarationGoodsItemNumber`. */
  goodsItemNumbers: number[];
}

/** `ConsignmentItem` with its `Commodity`. */
export interface TransitGoodsItem {
  /** `goodsItemNumber` inside its house consignment. */
  goodsItemNumber: number;
  /** `declarationGoodsItemNumber`: unique across the movement, what equipment and remarks refer to. */
  declarationGoodsItemNumber: number;
  description?: string;
  /** `CommodityCode/harmonizedSystemSubHeadingCode` (HS6). */
  hsCode?: string;
  /** `CommodityCode/combinedNomenclatureCode` (2 more digits). */
  cnCode?: string;
  /** `cusCode` (Customs Union and Statistics number for chemicals). */
  cusCode?: string;
  grossMassKg?: number;
  netMassKg?: number;
  packages: TransitPackaging[];
  unDangerousGoodsNumbers?: string[];
  previousDocuments?: TransitDocument[];
  transportDocuments?: TransitDocument[];
  ucr?: string;
}

/** `HouseConsignment`: one consignor / consignee relation with its goods items. */
export interface TransitHouseConsignment {
  sequence: number;
  grossMassKg?: number;
  ucr?: string;
  consignor?: TransitParty;
  consignee?: TransitParty;
  transportDocuments?: TransitDocument[];
  previousDocuments?: TransitDocument[];
  items: TransitGoodsItem[];
}

/** `Guarantee` with its `GuaranteeReference`s flattened. */
export interface TransitGuarantee {
  /** `guaranteeType` (0-9, A, B, R...). */
  type: string;
  /** `GRN` (guarantee reference number). */
  grn?: string;
  otherReference?: string;
  amount?: number;
  currency?: string;
}

/** `Consignment` as declared at departure. */
export interface TransitConsignment {
  countryOfDispatch?: string;
  countryOfDestination?: string;
  /** `containerIndicator`: true when the goods travel in containers. */
  containerised?: boolean;
  inlandModeOfTransport?: string;
  modeOfTransportAtTheBorder?: string;
  grossMassKg?: number;
  ucr?: string;
  carrier?: TransitParty;
  consignor?: TransitParty;
  consignee?: TransitParty;
  equipment: TransitEquipment[];
  /** `LocationOfGoods/UNLocode` or its authorisation number, as given. */
  locationOfGoods?: string;
  /** `PlaceOfLoading/UNLocode` (or location text). */
  placeOfLoading?: string;
  placeOfUnloading?: string;
  /** `ActiveBorderTransportMeans`: identity and nationality, for tracing. */
  borderMeans?: { identification?: string; nationality?: string; conveyanceReference?: string }[];
  transportDocuments?: TransitDocument[];
  previousDocuments?: TransitDocument[];
  houseConsignments: TransitHouseConsignment[];
}

/**
 * What the office of destination found when it unloaded (CC044C `UnloadingRemark` and the
 * consignment data it reports). Absent fields mean "as declared".
 */
export interface UnloadingObservation {
  /** `UnloadingRemark/conform`: false when the goods differ from the declared data. */
  conform?: boolean;
  /** `UnloadingRemark/unloadingCompletion`: false for a partial unloading. */
  complete?: boolean;
  /** `UnloadingRemark/stateOfSeals`: false when the seals were broken or missing. */
  sealsIntact?: boolean;
  /** `UnloadingRemark/unloadingRemark` text. */
  remark?: string;
  /** Equipment as found, with the seal identifiers read on it. */
  equipment?: TransitEquipment[];
  /** Gross mass of the whole consignment as found. */
  grossMassKg?: number;
  /** Goods items as found, by `declarationGoodsItemNumber`. */
  items?: { declarationGoodsItemNumber: number; grossMassKg?: number; netMassKg?: number; packages?: number }[];
}

/** Control result at departure (CC029C `ControlResult`) or destination. */
export interface TransitControlResult {
  /** NCTS control result code: `A1` satisfactory, `A2` considered satisfactory, `B1` not satisfactory... */
  code: string;
  date?: string;
  controlledBy?: string;
  text?: string;
}

/** An incident en route (CC043C / CC180C `Incident`). */
export interface TransitIncident {
  /** Incident code (1-8). */
  code: string;
  text?: string;
  country?: string;
}

export type TransitEventType =
  | 'declared'
  | 'released-for-transit'
  | 'passed-office-of-transit'
  | 'arrival-notified'
  | 'unloading-permitted'
  | 'unloading-remarks'
  | 'goods-released'
  | 'control-result'
  | 'incident'
  | 'invalidated'
  | 'amended'
  | 'invalidation-requested'
  | 'presentation-notified';

/** One thing that happened to the movement, with the message that told it. */
export interface TransitEvent {
  type: TransitEventType;
  /** NCTS message type, e.g. `CC007C`. */
  messageType: string;
  /** ISO 8601 date or date-time of the event (release date, arrival notification time...). */
  at: string;
  /** Office concerned (`CustomsOfficeOfDestinationActual`, office of transit...). */
  office?: string;
  unloading?: UnloadingObservation;
  control?: TransitControlResult;
  incident?: TransitIncident;
  /** CC025C `releaseIndicator` (1 released, 2 released with remarks, 3 not released...). */
  releaseIndicator?: string;
}

/** One transit movement (an MRN), declared data plus its history. */
export interface TransitMovement {
  /** Movement reference number, given at acceptance (18 characters). */
  mrn?: string;
  /** Local reference number of the holder. */
  lrn?: string;
  /** `declarationType`: T1, T2, T2F, T, TIR, TD... */
  declarationType?: string;
  additionalDeclarationType?: string;
  /** `security` (0 none, 1 ENS, 2 EXS, 3 both). */
  security?: string;
  /** `declarationAcceptanceDate`, `YYYY-MM-DD`. */
  acceptanceDate?: string;
  /** `releaseDate` (release for transit), `YYYY-MM-DD`. */
  releaseDate?: string;
  /** `limitDate`: the time limit by which the goods must be presented at destination. */
  limitDate?: string;
  officeOfDeparture: string;
  officeOfDestinationDeclared: string;
  officesOfTransit: TransitOffice[];
  officesOfExit?: TransitOffice[];
  holder: TransitParty;
  representative?: TransitParty;
  guarantees?: TransitGuarantee[];
  consignment: TransitConsignment;
  /** Oldest first. */
  events: TransitEvent[];
}

/**
 * One NCTS message as decoded, before it is folded into its movement: the identifiers it carries,
 * the declared data where the message has it (CC015C, CC013C, CC029C), the consignment data of
 * messages that carry only that (CC043C, CC170C), and the event it reports.
 */
export interface TransitMessage {
  /** NCTS message type, e.g. `CC015C`. */
  messageType: string;
  messageId?: string;
  sender?: string;
  recipient?: string;
  /** `preparationDateAndTime`, ISO 8601. */
  preparedAt?: string;
  correlationId?: string;
  mrn?: string;
  lrn?: string;
  /** Declared data (declaration, amendment, release for transit). */
  movement?: TransitMovement;
  /** Consignment data of a message that is not a declaration (unloading permission, presentation notification). */
  consignment?: TransitConsignment;
  /** What the message reports; incidents of a CC043C follow as further events. */
  events: TransitEvent[];
}
