import type { TransitEvent, TransitMovement, UnloadingObservation } from '../../model/transit-movement.js';
import { dateOfDay, dayOf } from '../normalize.js';

/** Where a movement stands. */
export type TransitStatus = 'declared' | 'in-transit' | 'arrived' | 'unloaded' | 'released' | 'invalidated';

/** The facts of a movement's history that transit control reads. */
export interface TransitTimeline {
  status: TransitStatus;
  /** `YYYY-MM-DD` by which the goods must be at destination, when known. */
  limitDate?: string;
  /** Whether `limitDate` was computed from the default time limit rather than declared. */
  limitDefaulted: boolean;
  arrival?: TransitEvent;
  /** What the office of destination found on unloading (the latest remarks). */
  unloading?: UnloadingObservation;
  /** Office that reported the arrival, unloading or release. */
  destinationOffice?: string;
}

const ARRIVAL_TYPES = new Set(['arrival-notified', 'unloading-permitted', 'unloading-remarks', 'goods-released']);

function statusOf(events: readonly TransitEvent[]): TransitStatus {
  const types = new Set(events.map((event) => event.type));
  if (types.has('invalidated')) return 'invalidated';
  if (types.has('goods-released')) return 'released';
  if (types.has('unloading-remarks')) return 'unloaded';
  if (types.has('arrival-notified') || types.has('unloading-permitted')) return 'arrived';
  return types.has('released-for-transit') ? 'in-transit' : 'declared';
}

export function transitTimeline(movement: TransitMovement, defaultTimeLimitDays: number): TransitTimeline {
  const events = movement.events;
  const arrival = events.find((event) => ARRIVAL_TYPES.has(event.type));
  const remarks = events.filter((event) => event.type === 'unloading-remarks' && event.unloading);
  const atDestination = events.find((event) => ARRIVAL_TYPES.has(event.type) && event.office);
  const release = events.find((event) => event.type === 'released-for-transit');
  const start = movement.releaseDate ?? release?.at ?? movement.acceptanceDate;
  const timeline: TransitTimeline = { status: statusOf(events), limitDefaulted: false };
  if (movement.limitDate) timeline.limitDate = movement.limitDate.slice(0, 10);
  else if (start && Number.isFinite(dayOf(start))) {
    timeline.limitDate = dateOfDay(dayOf(start) + defaultTimeLimitDays);
    timeline.limitDefaulted = true;
  }
  if (arrival) timeline.arrival = arrival;
  const unloading = remarks.at(-1)?.unloading;
  if (unloading) timeline.unloading = unloading;
  if (atDestination?.office) timeline.destinationOffice = atDestination.office;
  return timeline;
}
