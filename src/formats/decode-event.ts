import type { CargoReport } from '../core/model/cargo-report.js';
import type { Declaration } from '../core/model/declaration-schema.js';
import type { EntrySummary } from '../core/model/entry-summary.js';
import type { InspectionOutcome, SourceFormat } from '../core/model/record.js';
import type { TransitMessage } from '../core/model/transit-movement.js';
import type { EnsSubmissionResponse } from './eu-ics/ens-response.js';
import type { DeclarationNotification } from './wco-response/declaration-notification.js';

/** The raw unit a declaration was decoded from (a CSV header + row, an XML document, a JSON body). */
export interface RawUnit {
  body: Uint8Array;
  mediaType: string;
}

/** A declaration decoded from a message, with its place in it. */
export interface DecodedDeclaration {
  kind: 'declaration';
  format: SourceFormat;
  declaration: Declaration;
  /** 1-based CSV data row, 0-based index in a JSON array or XML batch. */
  position: number;
  raw: RawUnit;
  /** Inspection outcome carried by historical data sets (the Korean CSV has Fraud / Critical Fraud). */
  outcome?: InspectionOutcome;
}

export type DecodeProblemCode =
  | 'not-well-formed'
  | 'unknown-format'
  | 'bad-encoding'
  | 'missing-column'
  | 'wrong-type'
  | 'missing-element'
  | 'unexpected-element'
  | 'schema-violation'
  | 'too-large'
  | 'empty-input'
  | 'shifted-columns'
  | 'inconsistent-group';

/**
 * Input that could not become a declaration. Decoding goes on after a problem:
 * the rest of a batch is never lost because of one bad part.
 */
export interface DecodeProblem {
  kind: 'problem';
  format: SourceFormat | 'unknown';
  code: DecodeProblemCode;
  /** Precise and plain: what is wrong, where, and what to do. */
  message: string;
  position?: number;
  line?: number;
  column?: number;
  /** Offending element, column or JSON path. */
  element?: string;
  raw?: RawUnit;
}

/** Something worth telling about a decoded message that did not stop it being decoded. */
export interface MessageWarning {
  message: string;
  line?: number;
  column?: number;
  element?: string;
}

/** The message types other than declarations, with the value each decodes to. */
export interface MessageTypes {
  /** WCO `Response` (a DMS notification) about a declaration. */
  notification: DeclarationNotification;
  /** EU ICS1 entry summary declaration (CC315A) or its amendment (CC313A). */
  ens: EntrySummary;
  /** An ICS entry point's answer to an ENS submission (SuccessResponse / ErrorResponse). */
  'ens-response': EnsSubmissionResponse;
  /** An NCTS phase 5 transit message (CC015C, CC029C, CC007C...). */
  transit: TransitMessage;
  /** A cargo report (manifest) read from a UN/EDIFACT CUSCAR message. */
  'cargo-report': CargoReport;
}

export type MessageType = keyof MessageTypes;

/**
 * A decoded message that is not a declaration: a notification, an entry summary or a transit
 * message. It goes to its own store and routing, not to the declaration store.
 */
export type DecodedMessage = {
  [T in MessageType]: {
    kind: 'message';
    format: SourceFormat;
    messageType: T;
    /** The standard's own name of the message: `DMSACC`, `CC315A`, `CC015C`, `SuccessResponse`. */
    name: string;
    message: MessageTypes[T];
    /** 0-based index of the message in its batch. */
    position: number;
    raw: RawUnit;
    warnings: MessageWarning[];
  };
}[MessageType];

export type DecodeEvent = DecodedDeclaration | DecodeProblem | DecodedMessage;
