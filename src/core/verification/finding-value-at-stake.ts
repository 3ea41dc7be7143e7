import type { VerificationFinding } from './verification-finding.js';

/**
 * What a finding puts at stake in the common currency, to rank findings for an officer: the
 * positive value gap (the partner's FOB × factor, or the expected mirror flow, minus what we saw).
 * Mass, package, time and reference findings carry no value and rank by severity after these.
 */
export function findingValueAtStake(finding: VerificationFinding): number {
  const measure = finding.measure;
  if (measure?.unit !== 'value' || measure.expected === undefined || measure.actual === undefined) return 0;
  const gap = measure.expected - measure.actual;
  return Number.isFinite(gap) && gap > 0 ? gap : 0;
}
