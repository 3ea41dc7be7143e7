import type { Declaration } from '../core/model/declaration-schema.js';
import type { InspectionOutcome, SourceFormat } from '../core/model/record.js';

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

export type DecodeEvent = DecodedDeclaration | DecodeProblem;
