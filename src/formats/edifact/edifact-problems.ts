import type { DecodeProblem, DecodeProblemCode, RawUnit } from '../decode-event.js';
import { decodeProblem } from '../decode-problem.js';
import type { EdifactFinding, EdifactFindingCode } from './syntax/edifact-finding.js';

/** The media type of UN/EDIFACT (RFC 1767). */
export const EDIFACT_MEDIA_TYPE = 'application/EDIFACT';

const PROBLEM_CODES: Partial<Record<EdifactFindingCode, DecodeProblemCode>> = {
  'invalid-character': 'bad-encoding',
  'control-character': 'bad-encoding',
  'charset-unsupported': 'bad-encoding',
  bom: 'bad-encoding',
  'missing-element': 'missing-element',
  'missing-segment': 'missing-element',
  'missing-trailer': 'missing-element',
  'missing-header': 'missing-element',
  'unexpected-segment': 'unexpected-element',
  'unknown-segment': 'unexpected-element',
  'outside-message': 'unexpected-element',
  'too-many-segments': 'unexpected-element',
  'too-many-groups': 'unexpected-element',
  'too-many-elements': 'unexpected-element',
  'too-many-components': 'unexpected-element',
  'too-many-repetitions': 'unexpected-element',
  'not-a-number': 'wrong-type',
  'bad-decimal': 'wrong-type',
  'not-alphabetic': 'wrong-type',
  'too-long': 'wrong-type',
  'too-short': 'wrong-type',
  'bad-release': 'not-well-formed',
  'bad-tag': 'not-well-formed',
  truncated: 'not-well-formed',
  'una-invalid': 'not-well-formed',
  'segment-too-large': 'too-large',
  'message-too-large': 'too-large',
  'empty-interchange': 'empty-input',
};

/** A finding as the decode problem every Tamga decoder emits (the finding's sentence is kept verbatim). */
export function findingProblem(
  finding: EdifactFinding,
  where: { position?: number; raw?: RawUnit } = {},
): DecodeProblem {
  const element = [finding.tag, finding.elementId].filter((part) => part !== undefined).join(' ');
  return decodeProblem('edifact', PROBLEM_CODES[finding.code] ?? 'schema-violation', {
    message: finding.message,
    ...(where.position !== undefined ? { position: where.position } : {}),
    ...(finding.line !== undefined ? { line: finding.line } : {}),
    ...(element !== '' ? { element } : {}),
    ...(where.raw ? { raw: where.raw } : {}),
  });
}
