import type { Pointer } from '../../core/model/finding.js';
import type { NotificationPointer } from './declaration-notification.js';

/**
 * A finding's pointer as WCO `Pointer` steps: one per class of its chain (with the sequence of a
 * repeated class), the element ID as `TagID` on the last step, as HMRC's DMSREJ does
 * (`42A`, then `17C` with `R144`). A pointer at a whole class has no tag.
 */
export function wcoPointerSteps(pointer: Pointer): NotificationPointer[] {
  const steps = pointer.sections.map((section): NotificationPointer => {
    const step: NotificationPointer = { documentSectionCode: section.classId };
    if (section.sequence !== undefined) step.sequence = section.sequence;
    return step;
  });
  const last = steps[steps.length - 1];
  const isClass = /^\d\d[A-Z]$/.test(pointer.wcoId);
  if (last === undefined) return [];
  if (!isClass) last.tagId = pointer.wcoId;
  return steps;
}

/** `42A/67A/68A[2]/23A/21A[1]#145`: the steps as one readable string. */
export function pointerText(steps: readonly NotificationPointer[]): string {
  return steps
    .map(
      (step) =>
        `${step.documentSectionCode}${step.sequence === undefined ? '' : `[${step.sequence}]`}${step.tagId === undefined ? '' : `#${step.tagId}`}`,
    )
    .join('/');
}
