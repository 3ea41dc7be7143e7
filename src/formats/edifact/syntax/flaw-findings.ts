import { createFinding, type EdifactFinding, type EdifactLevel } from './edifact-finding.js';
import type { EdifactSegment, SegmentFlaw } from './edifact-segment.js';
import { quote } from './separators.js';

/** Context of a segment whose flaws are reported. */
export interface FlawContext {
  level: EdifactLevel;
  characterSet?: string;
  messageReference?: string;
}

/** Findings for the syntax flaws met while splitting and decoding a segment. */
export function flawFindings(segment: EdifactSegment, context: FlawContext): EdifactFinding[] {
  return (segment.flaws ?? []).map((flaw) => flawFinding(segment, flaw, context));
}

function flawFinding(segment: EdifactSegment, flaw: SegmentFlaw, context: FlawContext): EdifactFinding {
  const at = {
    level: context.level,
    segment: segment.position,
    tag: segment.tag,
    offset: segment.offset,
    line: segment.line,
    ...(context.messageReference ? { messageReference: context.messageReference } : {}),
    ...(flaw.element !== undefined && flaw.element >= 0 ? { element: flaw.element + 1 } : {}),
    ...(flaw.component !== undefined && flaw.element !== undefined && flaw.element >= 0
      ? { component: flaw.component + 1 }
      : {}),
  };
  const detail = flaw.detail ?? '';
  switch (flaw.kind) {
    case 'bad-release':
      return createFinding({
        ...at,
        code: 'bad-release',
        severity: 'error',
        syntaxError: '22',
        reason: `release character ${detail}: it may only come before a separator or itself (write '??' for a literal one)`,
      });
    case 'trailing-separator':
      return createFinding({
        ...at,
        code: 'trailing-separator',
        severity: 'warning',
        syntaxError: '45',
        reason: 'ends with empty data elements or components: leave trailing separators out',
      });
    case 'bad-tag':
      return createFinding({
        ...at,
        tag: detail.slice(0, 3),
        code: 'bad-tag',
        severity: 'error',
        syntaxError: '15',
        reason: `${quote(detail.length > 20 ? `${detail.slice(0, 20)}...` : detail)} is not a segment tag (three capital letters or digits, starting with a letter)`,
      });
    case 'oversize':
      return createFinding({
        ...at,
        code: 'segment-too-large',
        severity: 'error',
        syntaxError: '18',
        reason: 'segment is too large to read; it was cut (is a segment terminator missing?)',
      });
    case 'unterminated':
      return createFinding({
        ...at,
        code: 'truncated',
        severity: 'error',
        syntaxError: '13',
        reason: 'the interchange ends inside this segment: its terminator and everything after it are missing',
      });
    case 'invalid-character':
      return createFinding({
        ...at,
        code: 'invalid-character',
        severity: 'error',
        syntaxError: '21',
        value: detail,
        reason: `character ${quote(detail)} is not allowed by the character set ${context.characterSet ?? ''}`,
      });
    case 'control-character':
      return createFinding({
        ...at,
        code: 'control-character',
        severity: 'warning',
        syntaxError: '21',
        value: detail,
        reason: `control character ${quote(detail)} (a line break or tab inside a value)`,
      });
  }
}
