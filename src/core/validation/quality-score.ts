import type { Finding } from '../model/finding.js';

/** Each rule failed with an error costs this much, up to ERROR_CAP. */
export const ERROR_COST = 35;
export const ERROR_CAP = 70;
/** Each rule failed with a warning costs this much, up to WARNING_CAP. */
export const WARNING_COST = 5;
export const WARNING_CAP = 30;

/**
 * Quality score 0-100: `100 − min(70, 35 × E) − min(30, 5 × W)`, where E and W count the
 * distinct rules failed with an error and with a warning (one systematic problem repeated on
 * 50 goods items is one problem). A declaration without errors scores at least 70; one with
 * an error at most 65, so the score alone separates accepted from rejected.
 */
export function qualityScore(findings: readonly Finding[]): number {
  if (findings.length === 0) return 100;
  let errors = 0;
  let warnings = 0;
  for (let index = 0; index < findings.length; index++) {
    const finding = findings[index]!;
    if (seenBefore(findings, index)) continue;
    if (finding.severity === 'error') errors++;
    else warnings++;
  }
  return 100 - Math.min(ERROR_CAP, ERROR_COST * errors) - Math.min(WARNING_CAP, WARNING_COST * warnings);
}

/** Findings are few: a backwards scan is cheaper than a Set. */
function seenBefore(findings: readonly Finding[], index: number): boolean {
  const ruleId = findings[index]!.ruleId;
  for (let earlier = 0; earlier < index; earlier++) if (findings[earlier]!.ruleId === ruleId) return true;
  return false;
}
