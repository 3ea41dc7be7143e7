import type { EdifactParty } from '../syntax/envelope-headers.js';
import { splitLines } from '../mapping/edifact-values.js';
import { segment, writeInterchange, type MessageOut, type SegmentOut } from './edifact-writer.js';

/** One error a CUSRES points at: where in the declaration message, what rule, in plain words. */
export interface CusresError {
  /** ERC 9321: the ISO 9735 syntax error code (0085) for syntax and structure errors, `RULE` for a business rule. */
  code: string;
  /** Rule id or finding code (RFF ZZZ), e.g. `ID-CONTAINER-CHECK-DIGIT`, `not-a-number`. */
  reference?: string;
  /** Plain-language explanation (FTX AAO). */
  text: string;
  /** Position (UNH = 1) and tag of the segment in the declaration message (ERP C853). */
  segment?: number;
  tag?: string;
  /** Data element (`C516/5004`), as FTX C107/4441. */
  elementId?: string;
  /** Goods item number the error is in (ERP C701/1052, section 10 customs item). */
  goodsItem?: number;
}

export interface CusresOptions {
  /** UNH 0062 of the declaration answered (RFF ACW). */
  requestReference: string;
  /** The declaration's document number (its BGM C106/1004, the LRN). */
  documentNumber?: string;
  status: 'accepted' | 'rejected';
  /** Customs declaration number given on acceptance (RFF ABT). */
  mrn?: string;
  errors: CusresError[];
  issuedAt: Date;
  /** UNH 0062 of the CUSRES (default `1`). */
  messageReference?: string;
}

/** Codes of the answer: BGM 1001 962 document response, 1225 29 accepted / 27 not accepted, 4343 AP / RE. */
export const CUSRES_CODES = {
  document: '962',
  accepted: { function: '29', response: 'AP' },
  rejected: { function: '27', response: 'RE' },
  headingSection: '1',
  itemSection: '10',
  transmissionSequence: '5',
  errorText: 'AAO',
} as const;

const MAX_ERRORS = 99;
const pad = (n: number) => String(n).padStart(2, '0');

/** A CUSRES D.96B message answering one declaration. */
export function createCusresMessage(options: CusresOptions): MessageOut {
  const at = options.issuedAt;
  const stamp = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}`;
  const codes = options.status === 'accepted' ? CUSRES_CODES.accepted : CUSRES_CODES.rejected;
  const segments: SegmentOut[] = [
    segment(
      'BGM',
      CUSRES_CODES.document,
      options.documentNumber ?? options.requestReference,
      codes.function,
      codes.response,
    ),
    segment('DTM', ['137', stamp, '203']),
    segment('RFF', ['ACW', options.requestReference]),
  ];
  if (options.mrn) segments.push(segment('RFF', ['ABT', options.mrn]));
  for (const error of options.errors.slice(0, MAX_ERRORS)) segments.push(...errorGroup(error));
  return {
    reference: options.messageReference ?? '1',
    type: 'CUSRES',
    version: 'D',
    release: '96B',
    agency: 'UN',
    segments,
  };
}

function errorGroup(error: CusresError): SegmentOut[] {
  const section =
    error.goodsItem === undefined ? [CUSRES_CODES.headingSection] : [CUSRES_CODES.itemSection, String(error.goodsItem)];
  const place =
    error.segment === undefined ? undefined : [error.tag, String(error.segment), CUSRES_CODES.transmissionSequence];
  const out = [segment('ERP', section, place)];
  if (error.reference) out.push(segment('RFF', ['ZZZ', error.reference.slice(0, 35)]));
  out.push(segment('ERC', error.code.slice(0, 8)));
  const text = error.text.length > 350 ? `${error.text.slice(0, 347)}...` : error.text;
  out.push(
    segment('FTX', CUSRES_CODES.errorText, undefined, error.elementId, splitLines(text, 70, 5) ?? [text.slice(0, 70)]),
  );
  return out;
}

export interface CusresInterchangeOptions extends CusresOptions {
  sender: EdifactParty;
  recipient: EdifactParty;
  controlReference: string;
  syntaxId?: string;
}

/** A complete interchange carrying one CUSRES. */
export function createCusres(options: CusresInterchangeOptions): string {
  return writeInterchange({
    syntaxId: options.syntaxId ?? 'UNOC',
    sender: options.sender,
    recipient: options.recipient,
    controlReference: options.controlReference,
    preparedAt: options.issuedAt,
    messages: [createCusresMessage(options)],
  });
}
