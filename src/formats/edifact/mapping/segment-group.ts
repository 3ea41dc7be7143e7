import type { EdifactSegment } from '../syntax/edifact-segment.js';
import { isGroupInstance, type GroupInstance } from '../validation/structure-validator.js';

const NONE: readonly never[] = [];

/**
 * Read access to one group instance of a validated message: its own segments by tag and qualifier,
 * and its nested groups by trigger segment (group numbers differ between releases, triggers do not).
 * The children are indexed once, on first use; the lists returned are shared and must not be changed.
 */
export class SegmentGroup {
  private segmentsByTag: Map<string, EdifactSegment[]> | undefined;
  private groupsByTrigger: Map<string, SegmentGroup[]> | undefined;

  constructor(readonly instance: GroupInstance) {}

  get trigger(): EdifactSegment {
    return this.instance.children[0] as EdifactSegment;
  }

  /** Direct segments with this tag, in order. */
  all(tag: string): readonly EdifactSegment[] {
    return this.index().segments.get(tag) ?? NONE;
  }

  /** Direct segments with this tag whose first data element (first component) is the qualifier. */
  qualified(tag: string, qualifier: string): EdifactSegment[] {
    return this.all(tag).filter((segment) => segment.elements[0]?.[0] === qualifier);
  }

  first(tag: string, qualifier?: string): EdifactSegment | undefined {
    const segments = this.all(tag);
    if (qualifier === undefined) return segments[0];
    for (const segment of segments) if (segment.elements[0]?.[0] === qualifier) return segment;
    return undefined;
  }

  /** Nested group instances triggered by this segment tag. */
  groups(trigger: string): readonly SegmentGroup[] {
    return this.index().groups.get(trigger) ?? NONE;
  }

  /** The first nested group triggered by `trigger` whose trigger segment has this qualifier. */
  group(trigger: string, qualifier: string): SegmentGroup | undefined {
    for (const group of this.groups(trigger)) if (group.trigger.elements[0]?.[0] === qualifier) return group;
    return undefined;
  }

  private index(): { segments: Map<string, EdifactSegment[]>; groups: Map<string, SegmentGroup[]> } {
    if (!this.segmentsByTag || !this.groupsByTrigger) {
      const segments = new Map<string, EdifactSegment[]>();
      const groups = new Map<string, SegmentGroup[]>();
      for (const child of this.instance.children) {
        if (isGroupInstance(child)) {
          const tag = (child.children[0] as EdifactSegment | undefined)?.tag ?? '';
          const list = groups.get(tag);
          if (list) list.push(new SegmentGroup(child));
          else groups.set(tag, [new SegmentGroup(child)]);
        } else {
          const list = segments.get(child.tag);
          if (list) list.push(child);
          else segments.set(child.tag, [child]);
        }
      }
      this.segmentsByTag = segments;
      this.groupsByTrigger = groups;
    }
    return { segments: this.segmentsByTag, groups: this.groupsByTrigger };
  }
}
