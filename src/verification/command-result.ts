import type { VerificationFinding } from '../core/verification/verification-finding.js';

/** What a `tamga verify ...` command returns: a printable summary, the data, an exit code. */
export interface CommandResult<T> {
  /** Plain text for the terminal. */
  text: string;
  findings: VerificationFinding[];
  data: T;
  /** 0 when nothing needs attention, 1 when an error-level finding was raised, 2 when input could not be read. */
  exitCode: 0 | 1 | 2;
}

export function exitCodeOf(findings: readonly VerificationFinding[], problems = 0): 0 | 1 | 2 {
  if (problems > 0) return 2;
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** Findings counted by code, then the first `limit` of them, one line each. */
export function describeFindings(findings: readonly VerificationFinding[], limit = 20): string[] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  const lines = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `  ${String(count).padStart(7)}  ${code}`);
  if (findings.length === 0) return ['  no findings'];
  lines.push('', ...findings.slice(0, limit).map((f) => `  [${f.severity}] ${f.message}`));
  if (findings.length > limit) lines.push(`  ... and ${findings.length - limit} more (use --json for all)`);
  return lines;
}

export const percent = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;
