import type { TransitEvent, TransitEventType } from '../../model/transit-movement.js';

/** Where each event stands in the NCTS procedure, from declaration to release at destination. */
const STAGE: Readonly<Record<TransitEventType, number>> = {
  declared: 0,
  amended: 1,
  'invalidation-requested': 2,
  'presentation-notified': 3,
  'control-result': 4,
  'released-for-transit': 5,
  'passed-office-of-transit': 6,
  incident: 7,
  'arrival-notified': 8,
  'unloading-permitted': 9,
  'unloading-remarks': 10,
  'goods-released': 11,
  invalidated: 12,
};

/** Events in procedure order, then by date within a stage; the sort is stable (ties keep arrival order). */
export function transitEventOrder(events: readonly TransitEvent[]): TransitEvent[] {
  return [...events].sort((a, b) => STAGE[a.type] - STAGE[b.type] || a.at.localeCompare(b.at));
}
