import type { EdifactParty } from '../syntax/envelope-headers.js';
import { DEFAULT_SEPARATORS_V3, DEFAULT_SEPARATORS_V4, type Separators } from '../syntax/separators.js';

/** A data element to write: a simple value, or the components of a composite (absent ones empty). */
export type ElementValue = string | undefined | readonly (string | undefined)[];

/** A segment to write: its tag and data elements. */
export interface SegmentOut {
  tag: string;
  elements: ElementValue[];
}

export const segment = (tag: string, ...elements: ElementValue[]): SegmentOut => ({ tag, elements });

/** A message to write between UNH and UNT (which the writer adds, with the segment count). */
export interface MessageOut {
  reference: string;
  type: string;
  version: string;
  release: string;
  agency: string;
  associationCode?: string;
  segments: SegmentOut[];
}

export interface InterchangeOut {
  /** UNB S001: `UNOC` and syntax version 3 unless told otherwise. */
  syntaxId?: string;
  syntaxVersion?: 3 | 4;
  sender: EdifactParty;
  recipient: EdifactParty;
  controlReference: string;
  preparedAt: Date;
  applicationReference?: string;
  test?: boolean;
  /** Write a UNA service string advice (default true). */
  una?: boolean;
  messages: MessageOut[];
}

/** Escapes the service characters of a value with the release character. */
export function escapeValue(value: string, separators: Separators): string {
  const service = [
    separators.release,
    separators.component,
    separators.element,
    separators.segment,
    separators.repetition,
  ];
  let out = '';
  for (const c of value) out += service.includes(c) ? `${separators.release ?? ''}${c}` : c;
  return out;
}

/** One segment as text, trailing empty components and data elements left out (ISO 9735 truncation). */
export function formatSegment(out: SegmentOut, separators: Separators): string {
  const elements = out.elements.map((element) => {
    const components = (typeof element === 'string' || element === undefined ? [element] : [...element]).map((c) =>
      escapeValue(c ?? '', separators),
    );
    while (components.length > 0 && components[components.length - 1] === '') components.pop();
    return components.join(separators.component);
  });
  while (elements.length > 0 && elements[elements.length - 1] === '') elements.pop();
  return [out.tag, ...elements].join(separators.element) + separators.segment;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** UNB S004: YYMMDD (syntax 3) or CCYYMMDD (syntax 4), and HHMM, in UTC. */
export function preparationDate(at: Date, syntaxVersion: number): [string, string] {
  const year = String(at.getUTCFullYear());
  const date = `${syntaxVersion >= 4 ? year : year.slice(2)}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}`;
  return [date, `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}`];
}

const party = (p: EdifactParty): string[] => [p.id, p.qualifier ?? '', p.internalId ?? ''];

/** Writes a whole interchange: UNA, UNB, each message with UNH/UNT and its count, UNZ with the message count. */
export function writeInterchange(out: InterchangeOut): string {
  const version = out.syntaxVersion ?? 3;
  const separators = version >= 4 ? DEFAULT_SEPARATORS_V4 : DEFAULT_SEPARATORS_V3;
  const write = (s: SegmentOut) => formatSegment(s, separators);
  const una =
    out.una === false
      ? ''
      : `UNA${separators.component}${separators.element}${separators.decimal}${separators.release}${separators.repetition ?? ' '}${separators.segment}`;
  const unb = segment(
    'UNB',
    [out.syntaxId ?? 'UNOC', String(version)],
    party(out.sender),
    party(out.recipient),
    preparationDate(out.preparedAt, version),
    out.controlReference,
    undefined,
    out.applicationReference,
    undefined,
    undefined,
    undefined,
    out.test ? '1' : undefined,
  );
  const parts = [una, write(unb)];
  for (const message of out.messages) {
    const identifier = [message.type, message.version, message.release, message.agency, message.associationCode];
    parts.push(write(segment('UNH', message.reference, identifier)));
    for (const s of message.segments) parts.push(write(s));
    parts.push(write(segment('UNT', String(message.segments.length + 2), message.reference)));
  }
  parts.push(write(segment('UNZ', String(out.messages.length), out.controlReference)));
  return parts.join('');
}
