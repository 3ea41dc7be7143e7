import type { EdifactSegment } from '../syntax/edifact-segment.js';
import { isGroupInstance, type GroupInstance } from '../validation/structure-validator.js';

/**
 * Read access to one group instance of a validated message: its own segments by tag and qualifier,
 * and its nested groups by trigger segment (group numbers differ between releases, triggers do not).
 */
export class SegmentGroup {
  constructor(readonly instance: GroupInstance) {}

  get trigger(): EdifactSegment {
    return this.instance.children[0] as EdifactSegment;
  }

  /** Direct segments with this tag, in order. */
  all(tag: string): EdifactSegment[] {
    const found: EdifactSegment[] = [];
    for (const child of this.instance.children) if (!isGroupInstance(child) && child.tag === tag) found.push(child);
    return found;
  }

  /** Direct segments with this tag whose first data element (first component) is the qualifier. */
  qualified(tag: string, qualifier: string): EdifactSegment[] {
    return this.all(tag).filter((segment) => segment.elements[0]?.[0] === qualifier);
  }

  first(tag: string, qualifier?: string): EdifactSegment | undefined {
    return (qualifier === undefined ? this.all(tag) : this.qualified(tag, qualifier))[0];
  }

  /** Nested group instances triggered by this segment tag. */
  groups(trigger: string): SegmentGroup[] {
    const found: SegmentGroup[] = [];
    for (const child of this.instance.children) {
      if (isGroupInstance(child) && (child.children[0] as EdifactSegment | undefined)?.tag === trigger) {
        found.push(new SegmentGroup(child));
      }
    }
    return found;
  }

  /** All group instances triggered by this tag at any depth below, in message order. */
  deepGroups(trigger: string): SegmentGroup[] {
    const found: SegmentGroup[] = [];
    const walk = (instance: GroupInstance) => {
      for (const child of instance.children) {
        if (!isGroupInstance(child)) continue;
        if ((child.children[0] as EdifactSegment | undefined)?.tag === trigger) found.push(new SegmentGroup(child));
        else walk(child);
      }
    };
    walk(this.instance);
    return found;
  }
}
