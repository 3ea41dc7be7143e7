import type { TransitMovement } from '../../model/transit-movement.js';
import type { VerificationFinding } from '../verification-finding.js';
import { transitControlOptions, type TransitControlOptions } from './transit-control-options.js';
import { movementReference } from './transit-finding.js';
import { sealFindings, quantityFindings } from './transit-goods-checks.js';
import { controlFindings, destinationFindings, timeLimitFindings } from './transit-route-checks.js';
import { transitTimeline, type TransitStatus } from './transit-timeline.js';

export interface CheckedMovement {
  reference: string;
  status: TransitStatus;
  limitDate?: string;
  findings: VerificationFinding[];
}

export interface TransitControlReport {
  movements: CheckedMovement[];
  findings: VerificationFinding[];
  /** Movements by status. */
  counts: Record<TransitStatus, number>;
}

/**
 * Transit control over movements: not closed within their time limit (relative to `now`),
 * seals broken or different at destination, gross mass and package differences between
 * departure and unloading, arrival at another office than the declared destination,
 * unsatisfactory controls and non-conform unloading.
 */
export function checkTransitMovements(
  movements: readonly TransitMovement[],
  overrides: Partial<TransitControlOptions> & { now: string },
): TransitControlReport {
  const options = transitControlOptions(overrides);
  const counts: Record<TransitStatus, number> = {
    declared: 0,
    'in-transit': 0,
    arrived: 0,
    unloaded: 0,
    released: 0,
    invalidated: 0,
  };
  const checked = movements.map((movement): CheckedMovement => {
    const timeline = transitTimeline(movement, options.defaultTimeLimitDays);
    counts[timeline.status]++;
    const findings = [
      ...timeLimitFindings(movement, timeline, options),
      ...destinationFindings(movement, timeline),
      ...sealFindings(movement, timeline.unloading),
      ...quantityFindings(movement, timeline.unloading, options),
      ...controlFindings(movement, timeline),
    ];
    const result: CheckedMovement = { reference: movementReference(movement), status: timeline.status, findings };
    if (timeline.limitDate) result.limitDate = timeline.limitDate;
    return result;
  });
  return { movements: checked, findings: checked.flatMap((m) => m.findings), counts };
}
