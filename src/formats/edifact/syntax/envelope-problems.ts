import type { EdifactFindingInput } from './edifact-finding.js';
import type { EdifactPackage } from './edifact-message.js';
import type { EdifactSegment } from './edifact-segment.js';

/** Segments outside messages reported one by one; beyond that, one summary says how many more. */
export const MAX_OUTSIDE = 10;

/** An interchange-level finding before its level is set. */
export type EnvelopeProblem = Omit<EdifactFindingInput, 'level'>;

const at = (segment: EdifactSegment) => ({
  segment: segment.position,
  tag: segment.tag,
  offset: segment.offset,
  line: segment.line,
});

const error = (code: EdifactFindingInput['code'], syntaxError: string, reason: string) =>
  ({ code, severity: 'error', syntaxError, reason }) as const;

/** What the envelope state machine reports, in words a sender can act on. */
export const envelopeProblems = {
  truncated: (): EnvelopeProblem => ({
    ...error('truncated', '13', 'the interchange ends without UNZ: it was cut short or its trailer is missing'),
    tag: 'UNZ',
  }),
  empty: (): EnvelopeProblem =>
    error('empty-interchange', '32', 'no UN/EDIFACT interchange found: the input has no UNB and no message'),
  unzBeforeUnb: (): EnvelopeProblem => ({
    ...error('missing-trailer', '13', 'UNZ missing before the next UNB'),
    tag: 'UNZ',
  }),
  groupsAfterMessages: (segment: EdifactSegment): EnvelopeProblem => ({
    ...at(segment),
    ...error(
      'groups-and-messages-mixed',
      '30',
      'functional groups and messages outside groups are mixed in one interchange',
    ),
  }),
  messageAfterGroups: (segment: EdifactSegment): EnvelopeProblem => ({
    ...at(segment),
    ...error('groups-and-messages-mixed', '30', 'a message outside a functional group follows groups'),
  }),
  unoWithoutLength: (segment: EdifactSegment): EnvelopeProblem => ({
    ...at(segment),
    ...error('missing-element', '13', 'UNO must end with the length of the object in octets'),
  }),
  unpMismatch: (segment: EdifactSegment, uno: { length: number; reference: string }): EnvelopeProblem => ({
    ...at(segment),
    code: 'reference-mismatch',
    severity: 'warning',
    syntaxError: '28',
    reason:
      `UNP (length ${segment.elements[0]?.[0]}, reference ${segment.elements[1]?.[0]}) ` +
      `does not match its UNO (length ${uno.length}, reference ${uno.reference})`,
  }),
  moreOutside: (count: number): EnvelopeProblem =>
    error('outside-message', '33', `${count} more segments are outside any message (not reported one by one)`),
  missingHeader: (segment: EdifactSegment): EnvelopeProblem => ({
    ...at(segment),
    ...error('missing-header', '13', 'the interchange does not start with UNB (interchange header)'),
  }),
  unreadableHeader: (segment: EdifactSegment): EnvelopeProblem => ({
    ...at(segment),
    tag: 'UNB',
    ...error(
      'una-invalid',
      '20',
      `the interchange header cannot be read: UNB is followed by '${segment.tag.charAt(3)}' where the data element ` +
        'separator is expected; the separators are wrong or the UNA service string advice is missing',
    ),
  }),
  tooLarge: (
    segment: EdifactSegment,
    limits: { maxMessageSegments: number; maxMessageBytes: number },
  ): EnvelopeProblem => ({
    ...at(segment),
    ...error(
      'message-too-large',
      '18',
      `the message exceeds ${limits.maxMessageSegments} segments or ${limits.maxMessageBytes} bytes; the rest of it is skipped`,
    ),
  }),
  outside: (segment: EdifactSegment): EnvelopeProblem => ({
    ...at(segment),
    ...error('outside-message', '33', `${segment.tag} is outside any message (UNH ... UNT)`),
  }),
};

/** UNO: an object (associated data, ISO 9735-8) whose bytes follow; its length is the last data element. */
export function openPackage(segment: EdifactSegment): { pack: EdifactPackage; problem?: EnvelopeProblem } {
  const length = Number(segment.elements[segment.elements.length - 1]?.[0] ?? '');
  const valid = Number.isInteger(length) && length >= 0;
  const pack = { reference: segment.elements[0]?.[0] ?? '', length: valid ? length : 0, header: segment };
  return valid ? { pack } : { pack, problem: envelopeProblems.unoWithoutLength(segment) };
}

/** UNP: checks its length and reference against the UNO. */
export function closePackage(pack: EdifactPackage, segment: EdifactSegment): EnvelopeProblem | undefined {
  pack.trailer = segment;
  const matches = segment.elements[0]?.[0] === String(pack.length) && segment.elements[1]?.[0] === pack.reference;
  return matches ? undefined : envelopeProblems.unpMismatch(segment, pack);
}
