import { createFinding, type EdifactFinding } from './edifact-finding.js';
import type { EdifactMessage, GroupSummary, InterchangeResult } from './edifact-message.js';
import { valueAt, type EdifactSegment } from './edifact-segment.js';

const place = (segment: EdifactSegment) => ({
  segment: segment.position,
  tag: segment.tag,
  offset: segment.offset,
  line: segment.line,
});

/** Compares a trailer's count and reference with what was received; mismatches are reported, not fatal. */
function check(options: {
  trailer: EdifactSegment;
  level: EdifactFinding['level'];
  counted: { value: number; what: string; elementId: string };
  reference: { expected: string; elementId: string; header: string };
  scope: { messageReference?: string; groupReference?: string };
}): EdifactFinding[] {
  const { trailer, level, counted, reference, scope } = options;
  const findings: EdifactFinding[] = [];
  const declared = valueAt(trailer, 0);
  if (/^\d+$/.test(declared) && Number(declared) !== counted.value) {
    findings.push(
      createFinding({
        ...place(trailer),
        ...scope,
        level,
        element: 1,
        elementId: counted.elementId,
        value: declared,
        code: 'count-mismatch',
        severity: 'warning',
        syntaxError: '29',
        reason:
          `declares ${declared} ${Number(declared) === 1 ? counted.what.replace(/s\b/, '') : counted.what} but ` +
          `${counted.value} ${counted.value === 1 ? 'was' : 'were'} received` +
          (Number(declared) > counted.value ? ': part of it may be missing' : ''),
      }),
    );
  }
  const got = valueAt(trailer, 1);
  if (got !== '' && got !== reference.expected) {
    findings.push(
      createFinding({
        ...place(trailer),
        ...scope,
        level,
        element: 2,
        elementId: reference.elementId,
        value: got,
        code: 'reference-mismatch',
        severity: 'warning',
        syntaxError: '28',
        reason: `reference '${got}' does not match ${reference.header} reference '${reference.expected}'`,
      }),
    );
  }
  return findings;
}

function missingTrailer(options: {
  level: EdifactFinding['level'];
  tag: string;
  reason: string;
  near?: EdifactSegment;
  messageReference?: string;
}): EdifactFinding {
  const { near, ...rest } = options;
  return createFinding({
    ...rest,
    ...(near ? { offset: near.offset, line: near.line } : {}),
    code: 'missing-trailer',
    severity: 'error',
    syntaxError: '13',
  });
}

const INTERRUPTIONS: Record<string, string> = {
  cut: 'the interchange ends inside this message: UNT and possibly segments are missing',
  end: 'the message has no UNT (message trailer) before the end of the interchange',
};

export const envelopeCountFindings = {
  message(message: EdifactMessage, interruptedBy?: string): EdifactFinding[] {
    const messageReference = message.header.reference;
    if (interruptedBy) {
      const last = message.segments[message.segments.length - 1];
      const reason = INTERRUPTIONS[interruptedBy] ?? `UNT (message trailer) missing before ${interruptedBy}`;
      return [
        missingTrailer({ level: 'message', tag: 'UNT', reason, messageReference, ...(last ? { near: last } : {}) }),
      ];
    }
    const trailer = message.segments[message.segments.length - 1]!;
    return check({
      trailer,
      level: 'message',
      counted: { value: message.segmentCount, what: 'segments (UNH to UNT)', elementId: '0074' },
      reference: { expected: messageReference, elementId: '0062', header: 'the UNH' },
      scope: { messageReference },
    });
  },

  group(group: GroupSummary): EdifactFinding[] {
    const groupReference = group.header.reference;
    if (!group.trailer) {
      return [
        missingTrailer({
          level: 'group',
          tag: 'UNE',
          reason: `functional group ${groupReference} has no UNE (group trailer)`,
        }),
      ];
    }
    return check({
      trailer: group.trailer,
      level: 'group',
      counted: { value: group.messageCount, what: 'messages', elementId: '0060' },
      reference: { expected: groupReference, elementId: '0048', header: 'the UNG' },
      scope: { groupReference },
    });
  },

  interchange(result: InterchangeResult, directMessages: number): EdifactFinding[] {
    const grouped = result.groups.length > 0;
    return check({
      trailer: result.trailer!,
      level: 'interchange',
      counted: {
        value: grouped ? result.groups.length : directMessages,
        what: grouped ? 'functional groups' : 'messages',
        elementId: '0036',
      },
      reference: { expected: result.header?.controlReference ?? '', elementId: '0020', header: 'the UNB control' },
      scope: {},
    });
  },
};
