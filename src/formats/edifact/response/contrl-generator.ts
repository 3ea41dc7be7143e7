import type { EdifactFinding } from '../syntax/edifact-finding.js';
import type { EdifactParty } from '../syntax/envelope-headers.js';
import type { EdifactInterchangeReport, EdifactMessageReport } from '../validate-edifact.js';
import { segment, writeInterchange, type MessageOut, type SegmentOut } from './edifact-writer.js';

/** ISO 9735 action codes (0083). */
export const CONTRL_ACTIONS = { rejected: '4', acknowledged: '7' } as const;

const SERVICE_TAGS = new Set(['UNA', 'UNB', 'UNG', 'UNH', 'UNT', 'UNE', 'UNZ', 'UNO', 'UNP', 'UNS']);
const MAX_SEGMENTS = 999;
const MAX_ELEMENTS = 99;

export interface ContrlOptions {
  /** The interchange being answered, as `validateEdifact` reported it. */
  report: EdifactInterchangeReport;
  /** Who answers (default: the recipient of the interchange answered). */
  sender?: EdifactParty;
  controlReference: string;
  preparedAt: Date;
  /** UNH 0062 of the CONTRL message (default `1`). */
  messageReference?: string;
}

/** CONTRL reports syntax errors, and the count and reference mismatches of trailers (which do not reject). */
const reportable = (finding: EdifactFinding) =>
  finding.syntaxError !== '' &&
  (finding.severity === 'error' || finding.code === 'count-mismatch' || finding.code === 'reference-mismatch');

/** S011: data element position counting the segment tag as 1, then the component position. */
const dataElement = (finding: EdifactFinding): string[] | undefined =>
  finding.element === undefined
    ? undefined
    : [String(finding.element + 1), finding.component ? String(finding.component) : ''];

/** 0085, 0013 (service segments only) and S011 of the first error of a level. */
function errorDetail(finding: EdifactFinding | undefined): (string | string[] | undefined)[] {
  if (!finding) return [];
  const tag = finding.tag && SERVICE_TAGS.has(finding.tag) ? finding.tag : undefined;
  return [finding.syntaxError, tag, dataElement(finding)];
}

/** The CONTRL message (syntax and service report) answering one interchange. */
export function createContrlMessage(report: EdifactInterchangeReport, messageReference = '1'): MessageOut {
  const version4 = report.syntaxVersion === 4;
  const own = report.findings.filter(reportable);
  const segments: SegmentOut[] = [
    segment(
      'UCI',
      report.controlReference ?? '',
      partyOf(report.sender),
      partyOf(report.recipient),
      report.rejected ? CONTRL_ACTIONS.rejected : CONTRL_ACTIONS.acknowledged,
      ...errorDetail(own.find((f) => f.level === 'interchange')),
    ),
  ];
  if (report.groups.length === 0) {
    for (const message of report.messages) segments.push(...messageSegments(message, version4));
  }
  for (const group of report.groups) {
    const groupFindings = own.filter((f) => f.level === 'group' && f.groupReference === group.reference);
    const rejected = groupFindings.some((f) => f.severity === 'error');
    segments.push(
      segment(
        'UCF',
        group.reference,
        group.sender && partyOf(group.sender),
        group.recipient && partyOf(group.recipient),
        rejected ? CONTRL_ACTIONS.rejected : CONTRL_ACTIONS.acknowledged,
        ...errorDetail(groupFindings[0]),
      ),
    );
    for (const message of report.messages.filter((m) => m.groupReference === group.reference)) {
      segments.push(...messageSegments(message, version4));
    }
  }
  const syntax = version4 ? ['4', '1'] : ['D', '3'];
  return {
    reference: messageReference,
    type: 'CONTRL',
    version: syntax[0]!,
    release: syntax[1]!,
    agency: 'UN',
    segments,
  };
}

function messageSegments(message: EdifactMessageReport, version4: boolean): SegmentOut[] {
  const findings = message.findings.filter(reportable);
  const headline = findings.find((f) => f.segment === undefined || (f.tag !== undefined && SERVICE_TAGS.has(f.tag)));
  // A UNH without a type is answered with the type it was read as, so that the UCM stays valid.
  const identifier = [
    message.type || message.inferredType || 'UNKNWN',
    message.version,
    message.release,
    message.agency,
    message.associationCode,
  ];
  const out: SegmentOut[] = [
    segment(
      'UCM',
      message.reference,
      identifier,
      message.rejected ? CONTRL_ACTIONS.rejected : CONTRL_ACTIONS.acknowledged,
      ...errorDetail(headline),
    ),
  ];
  const bySegment = new Map<number, EdifactFinding[]>();
  for (const finding of findings) {
    if (finding === headline || finding.segment === undefined) continue;
    bySegment.set(finding.segment, [...(bySegment.get(finding.segment) ?? []), finding]);
  }
  for (const [position, list] of [...bySegment].slice(0, MAX_SEGMENTS)) {
    const own = list.find((f) => f.element === undefined);
    const ucs = version4
      ? segment('UCS', String(position), undefined, own?.syntaxError)
      : segment('UCS', String(position), own?.syntaxError);
    out.push(ucs);
    for (const finding of list.filter((f) => f.element !== undefined).slice(0, MAX_ELEMENTS)) {
      out.push(segment('UCD', finding.syntaxError, dataElement(finding)));
    }
  }
  return out;
}

const partyOf = (party: EdifactParty | undefined): string[] => (party ? [party.id, party.qualifier ?? ''] : ['']);

/** A complete CONTRL interchange answering one received interchange (sender and recipient swapped). */
export function createContrl(options: ContrlOptions): string {
  const { report } = options;
  return writeInterchange({
    syntaxId: report.syntaxId && /^UNO[A-KWY]$/.test(report.syntaxId) ? report.syntaxId : 'UNOC',
    syntaxVersion: report.syntaxVersion === 4 ? 4 : 3,
    sender: options.sender ?? report.recipient ?? { id: 'TAMGA' },
    recipient: report.sender ?? { id: 'UNKNOWN' },
    controlReference: options.controlReference,
    preparedAt: options.preparedAt,
    messages: [createContrlMessage(report, options.messageReference)],
  });
}
