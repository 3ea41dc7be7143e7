import type { TransitMovement } from '../../model/transit-movement.js';
import { dayOf } from '../normalize.js';
import type { VerificationFinding } from '../verification-finding.js';
import type { TransitControlOptions } from './transit-control-options.js';
import { transitFinding } from './transit-finding.js';
import type { TransitTimeline } from './transit-timeline.js';

/** Not presented in time: overdue while still open, or arrived after the time limit. */
export function timeLimitFindings(
  movement: TransitMovement,
  timeline: TransitTimeline,
  options: TransitControlOptions,
): VerificationFinding[] {
  if (!timeline.limitDate || timeline.status === 'invalidated') return [];
  const limit = dayOf(timeline.limitDate);
  const source = timeline.limitDefaulted ? `the default ${options.defaultTimeLimitDays}-day limit` : 'the time limit';
  if (!timeline.arrival) {
    // The time limit runs from release for transit: a declaration not yet released is not late.
    if (timeline.status !== 'in-transit') return [];
    const late = dayOf(options.now) - limit;
    if (late <= 0) return [];
    return [
      transitFinding(movement, {
        code: 'transit-overdue',
        severity: 'error',
        element: 'TransitOperation/limitDate',
        message: `The goods should have been presented at ${movement.officeOfDestinationDeclared} by ${timeline.limitDate} (${source}); ${late} day(s) later there is still no arrival.`,
        fix: 'Start the enquiry procedure: ask the holder of the procedure for proof of the end of transit, and warn the guarantee office.',
        measure: { expected: 0, actual: late, unit: 'days' },
        evidence: { limitDate: timeline.limitDate },
      }),
    ];
  }
  const late = dayOf(timeline.arrival.at) - limit;
  if (!(late > 0)) return [];
  return [
    transitFinding(movement, {
      code: 'transit-arrived-late',
      severity: 'warning',
      element: 'TransitOperation/arrivalNotificationDateAndTime',
      message: `The goods arrived on ${timeline.arrival.at.slice(0, 10)}, ${late} day(s) after ${source} (${timeline.limitDate}).`,
      fix: 'Ask the holder why the time limit was exceeded; unexplained delays may hide a diversion of the goods.',
      measure: { expected: 0, actual: late, unit: 'days' },
      evidence: { limitDate: timeline.limitDate, arrivedAt: timeline.arrival.at },
    }),
  ];
}

/** Arrival at another office than the declared destination. */
export function destinationFindings(movement: TransitMovement, timeline: TransitTimeline): VerificationFinding[] {
  const actual = timeline.destinationOffice;
  if (!actual || actual === movement.officeOfDestinationDeclared) return [];
  return [
    transitFinding(movement, {
      code: 'transit-destination-changed',
      severity: 'warning',
      element: 'CustomsOfficeOfDestinationActual/referenceNumber',
      message: `The goods were declared for ${movement.officeOfDestinationDeclared} but arrived at ${actual}.`,
      fix: 'Check that the change of destination office is allowed and that the goods are the ones declared.',
      evidence: { officeOfDestinationActual: actual },
    }),
  ];
}

/** Unsatisfactory control results and non-conform unloading. */
export function controlFindings(movement: TransitMovement, timeline: TransitTimeline): VerificationFinding[] {
  const findings: VerificationFinding[] = [];
  for (const event of movement.events) {
    if (event.type !== 'control-result' || !event.control || !event.control.code.startsWith('B')) continue;
    findings.push(
      transitFinding(movement, {
        code: 'transit-control-not-satisfactory',
        severity: 'error',
        element: 'ControlResult/code',
        message: `The control at ${event.office ?? 'departure'} was not satisfactory (code ${event.control.code}${event.control.text ? `: ${event.control.text}` : ''}).`,
        fix: 'Read the control report and decide whether the movement may continue.',
        evidence: { controlCode: event.control.code },
        detail: event.at,
      }),
    );
  }
  if (timeline.unloading?.conform === false) {
    findings.push(
      transitFinding(movement, {
        code: 'transit-unloading-not-conform',
        severity: 'warning',
        element: 'UnloadingRemark/conform',
        message: `The office of destination found that the goods unloaded do not conform to the declaration${timeline.unloading.remark ? `: ${timeline.unloading.remark}` : ''}.`,
        fix: 'Compare the unloading remarks with the transit declaration and settle the differences before discharge.',
      }),
    );
  }
  return findings;
}
