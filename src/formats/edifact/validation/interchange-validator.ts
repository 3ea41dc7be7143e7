import { EdifactDirectory } from '../directory/edifact-directory.js';
import type { EdifactFinding } from '../syntax/edifact-finding.js';
import type { InterchangeResult } from '../syntax/edifact-message.js';
import { validateSegmentElements } from './element-validator.js';

/** Interchange-level findings: those of the envelope reader plus the data elements of UNB, UNG, UNE, UNZ. */
export function validateInterchange(
  result: InterchangeResult,
  directory: EdifactDirectory = EdifactDirectory.bundled(),
): EdifactFinding[] {
  const syntaxVersion = result.header?.syntaxVersion ?? 3;
  const decimal = result.header?.separators.decimal ?? '.';
  const findings = [...result.findings];
  for (const segment of result.serviceSegments) {
    const resolved = directory.segment(segment.tag, '', syntaxVersion);
    if (!resolved) continue;
    const group = segment.tag === 'UNG' || segment.tag === 'UNE';
    const level = group ? 'group' : 'interchange';
    const own = validateSegmentElements(segment, resolved, { directory, decimal, level, relaxedCodes: false });
    const groupReference = segment.elements[segment.tag === 'UNG' ? 4 : 1]?.[0];
    findings.push(...(group && groupReference ? own.map((finding) => ({ ...finding, groupReference })) : own));
  }
  return findings.sort((a, b) => (a.segment ?? 0) - (b.segment ?? 0));
}
