import type { Finding } from '../model/finding.js';
import { pointerFor } from '../model/pointer.js';
import type { VerificationFinding } from './verification-finding.js';

/**
 * A verification finding as a `Finding` to store on the declaration record (rule id
 * `verification.<code>`), pointing at the element concerned or, failing one, the declaration.
 */
export function toDeclarationFinding(finding: VerificationFinding): Finding {
  const out: Finding = {
    ruleId: `verification.${finding.code}`,
    severity: finding.severity,
    pointer: finding.pointer ?? pointerFor(''),
    message: finding.message,
    fix: finding.fix,
  };
  if (finding.measure?.expected !== undefined) out.suggestions = [String(finding.measure.expected)];
  if (finding.measure?.actual !== undefined) out.value = String(finding.measure.actual);
  return out;
}

/** Findings grouped by the declaration they belong on, as `Finding`s to append to its next version. */
export function findingsByDeclaration(findings: readonly VerificationFinding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const id of finding.declarationIds) {
      const list = out.get(id) ?? [];
      list.push(toDeclarationFinding(finding));
      out.set(id, list);
    }
  }
  return out;
}
