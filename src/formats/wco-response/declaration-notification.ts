/**
 * A WCO DM 3.6 `Response` (RES-DMS) as customs administrations send it about a declaration:
 * HMRC CDS calls these DMS notifications (DMSACC accepted, DMSREJ rejected, DMSTAX tax
 * calculation...). Tamga reads them from other administrations and writes them to filers.
 */

/** One step of a WCO `Pointer`: a class (`DocumentSectionCode`, e.g. `68A`) with its sequence, or its last element (`TagID`). */
export interface NotificationPointer {
  /** WCO class ID (`42A`, `67A`, `68A`...). */
  documentSectionCode: string;
  /** 1-based sequence of a repeated class (goods item number). */
  sequence?: number;
  /** WCO element ID on the last step (`R144`, `145`). */
  tagId?: string;
}

/** `Error` (53A): a rejection reason and where it points. */
export interface NotificationError {
  /** `ValidationCode` (377), an..8: `CDS12005`, or a Tamga code. */
  validationCode?: string;
  /** `Description` (488), an..512. */
  description?: string;
  /** Tamga rule id, read back from a description Tamga wrote (`[HS-UNKNOWN] ...`). */
  ruleId?: string;
  pointers: NotificationPointer[];
}

/** `Amendment` (06A): a change customs made (DMSRES), or a statement about one. */
export interface NotificationAmendment {
  changeReasonCode?: string;
  pointers: NotificationPointer[];
}

/** `AdditionalInformation` (03A). */
export interface NotificationStatement {
  statementCode?: string;
  statementDescription?: string;
  statementTypeCode?: string;
  /** `LimitDateTime`, ISO 8601. */
  limitDate?: string;
  pointers: NotificationPointer[];
}

/** `Status` (12B). */
export interface NotificationStatus {
  /** `NameCode` (379): declaration processing status. */
  nameCode?: string;
  effectiveAt?: string;
  releasedAt?: string;
}

/** A duty, tax or fee line with its payment, for the declaration or one goods item (DMSTAX). */
export interface NotificationDutyTaxFee {
  /** Goods item `SequenceNumeric`; absent for a declaration-level line. */
  goodsItem?: number;
  /** `TypeCode` (113): tax type (A00 customs duty, B00 VAT, 633 excise...). */
  taxType?: string;
  dutyRegimeCode?: string;
  rate?: number;
  taxBaseAmount?: number;
  taxBaseQuantity?: number;
  deductAmount?: number;
  assessedAmount?: number;
  paymentAmount?: number;
  /** Currency of the amounts (`currencyID`). */
  currencyCode?: string;
  /** `Payment/ReferenceID` (014) and `DueDateTime` (376) of a declaration-level payment. */
  paymentReference?: string;
  dueDate?: string;
}

/** What the notification says about the declaration it answers (`Response/Declaration`). */
export interface NotificationDeclaration {
  /** `FunctionalReferenceID` (D026): the filer's LRN. */
  lrn?: string;
  /** `ID` (D014): the MRN customs assigned. */
  mrn?: string;
  /** `VersionID` (383). */
  version?: string;
  acceptedAt?: string;
  rejectedAt?: string;
  cancelledAt?: string;
}

export interface DeclarationNotification {
  /** `Response/FunctionCode` (017), as sent (`01`, `03`, `13`). */
  functionCode: string;
  /** DMS name of the function code (`DMSACC`), `undefined` for a code outside the CDS list. */
  name?: string;
  /** Plain meaning (`accepted`, `rejected`, `tax calculation`...). */
  meaning: string;
  /** `Response/FunctionalReferenceID`: the notification's own id. */
  notificationId?: string;
  /** `Response/IssueDateTime`, ISO 8601. */
  issuedAt?: string;
  declaration: NotificationDeclaration;
  statuses: NotificationStatus[];
  errors: NotificationError[];
  amendments: NotificationAmendment[];
  additionalInformation: NotificationStatement[];
  dutyTaxFees: NotificationDutyTaxFee[];
  bank?: { referenceId?: string; accountId?: string };
  /**
   * Declaration data customs corrected (the second `Declaration` of a DMSRES), as leaf xpaths
   * under `Declaration` with their new values.
   */
  corrections: { xpath: string; value: string }[];
}
