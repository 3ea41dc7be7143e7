import type { EdifactFinding } from './edifact-finding.js';
import type { EdifactSegment } from './edifact-segment.js';
import type { GroupHeader, InterchangeHeader, MessageHeader } from './envelope-headers.js';

/** A byte range of the interchange, kept to give a message's raw bytes back verbatim. */
export interface RawPart {
  source: Buffer;
  start: number;
  end: number;
}

/** One message (UNH to UNT) with its envelope and the syntax findings met while reading it. */
export interface EdifactMessage {
  interchange: InterchangeHeader;
  group?: GroupHeader;
  /** 0-based index of the message in its interchange. */
  index: number;
  header: MessageHeader;
  /** UNH to UNT inclusive (UNT absent when the message was cut short). */
  segments: EdifactSegment[];
  /** Segments counted, including any dropped because the message was too large. */
  segmentCount: number;
  findings: EdifactFinding[];
  /** Byte ranges of the message as received, in order. */
  raw: RawPart[];
  offset: number;
  line: number;
}

/** Functional group (UNG to UNE) as counted. */
export interface GroupSummary {
  header: GroupHeader;
  messageCount: number;
  trailer?: EdifactSegment;
}

/** An interchange (UNB to UNZ) once read to its end. */
export interface InterchangeResult {
  /** Absent when the input has no UNB. */
  header?: InterchangeHeader;
  trailer?: EdifactSegment;
  groups: GroupSummary[];
  messageCount: number;
  /** Messages with an error-level finding of their own (syntax level). */
  rejectedMessages: number;
  /** Interchange- and group-level findings (message findings are on each message). */
  findings: EdifactFinding[];
  /** UNB, UNG, UNE, UNZ as received. */
  serviceSegments: EdifactSegment[];
  /** Segments in the interchange, UNB to UNZ. */
  segmentCount: number;
}

/** An object carried between UNO and UNP (ISO 9735-8 associated data, e.g. a PDF); its bytes are skipped. */
export interface EdifactPackage {
  reference: string;
  length: number;
  header: EdifactSegment;
  trailer?: EdifactSegment;
}

export function emptyInterchangeResult(): InterchangeResult {
  return { groups: [], messageCount: 0, rejectedMessages: 0, findings: [], serviceSegments: [], segmentCount: 0 };
}

export type EdifactEvent =
  | { kind: 'message'; message: EdifactMessage }
  | { kind: 'package'; package: EdifactPackage }
  | { kind: 'interchange'; interchange: InterchangeResult };

/** The bytes of a message as received (UNH through the UNT terminator). */
export function messageBytes(message: EdifactMessage): Uint8Array {
  if (message.raw.length === 1) {
    const part = message.raw[0]!;
    return part.source.subarray(part.start, part.end);
  }
  return Buffer.concat(message.raw.map((part) => part.source.subarray(part.start, part.end)));
}
