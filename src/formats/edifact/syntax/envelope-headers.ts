import type { CharacterSet } from './character-set.js';
import { optionalAt, valueAt, type EdifactSegment } from './edifact-segment.js';
import type { Separators } from './separators.js';

/** An interchange partner (UNB S002 / S003, UNG S006 / S007). */
export interface EdifactParty {
  id: string;
  qualifier?: string;
  internalId?: string;
}

/** What UNB (and UNA) say about an interchange. */
export interface InterchangeHeader {
  syntaxId: string;
  syntaxVersion: number;
  /** Undefined when Tamga cannot read the declared character set. */
  characterSet?: CharacterSet;
  separators: Separators;
  /** True when the interchange starts with a service string advice. */
  una: boolean;
  sender: EdifactParty;
  recipient: EdifactParty;
  /** UNB S004 as sent: date (YYMMDD or CCYYMMDD) and time (HHMM). */
  date: string;
  time: string;
  controlReference: string;
  applicationReference?: string;
  acknowledgementRequested: boolean;
  test: boolean;
  segment: EdifactSegment;
}

/** UNG: a functional group of messages of one type. */
export interface GroupHeader {
  reference: string;
  messageGroupId?: string;
  sender?: EdifactParty;
  recipient?: EdifactParty;
  agency?: string;
  version?: string;
  release?: string;
  segment: EdifactSegment;
}

/** UNH: message reference and identifier. */
export interface MessageHeader {
  reference: string;
  type: string;
  version: string;
  release: string;
  agency: string;
  associationCode?: string;
  commonAccessReference?: string;
}

function party(segment: EdifactSegment, element: number): EdifactParty {
  const qualifier = optionalAt(segment, element, 1);
  const internalId = optionalAt(segment, element, 2);
  return {
    id: valueAt(segment, element, 0),
    ...(qualifier ? { qualifier } : {}),
    ...(internalId ? { internalId } : {}),
  };
}

/** Reads UNB into a header (values missing from a broken UNB come out empty; the validator reports them). */
export function readInterchangeHeader(
  segment: EdifactSegment,
  context: { separators: Separators; una: boolean; characterSet?: CharacterSet },
): InterchangeHeader {
  const applicationReference = optionalAt(segment, 5);
  return {
    syntaxId: valueAt(segment, 0, 0),
    syntaxVersion: Number(valueAt(segment, 0, 1)) || 0,
    ...context,
    sender: party(segment, 1),
    recipient: party(segment, 2),
    date: valueAt(segment, 3, 0),
    time: valueAt(segment, 3, 1),
    controlReference: valueAt(segment, 4),
    ...(applicationReference ? { applicationReference } : {}),
    acknowledgementRequested: valueAt(segment, 7) === '1',
    test: valueAt(segment, 9) === '1',
    segment,
  };
}

export function readGroupHeader(segment: EdifactSegment): GroupHeader {
  const optional = (element: number, component = 0) => optionalAt(segment, element, component);
  const header: GroupHeader = { reference: valueAt(segment, 4), segment };
  const values = {
    messageGroupId: optional(0),
    agency: optional(5),
    version: optional(6, 0),
    release: optional(6, 1),
  };
  for (const [key, value] of Object.entries(values)) if (value) Object.assign(header, { [key]: value });
  if (optional(1)) header.sender = party(segment, 1);
  if (optional(2)) header.recipient = party(segment, 2);
  return header;
}

export function readMessageHeader(segment: EdifactSegment): MessageHeader {
  const associationCode = optionalAt(segment, 1, 4);
  const commonAccessReference = optionalAt(segment, 2);
  return {
    reference: valueAt(segment, 0),
    type: valueAt(segment, 1, 0),
    version: valueAt(segment, 1, 1),
    release: valueAt(segment, 1, 2),
    agency: valueAt(segment, 1, 3),
    ...(associationCode ? { associationCode } : {}),
    ...(commonAccessReference ? { commonAccessReference } : {}),
  };
}

/** `CUSDEC:D:96B`, with `?` for a missing part. */
export function messageKey(header: Pick<MessageHeader, 'type' | 'version' | 'release'>): string {
  return `${header.type || '?'}:${header.version || '?'}:${header.release || '?'}`;
}
