import type { EdifactSegment } from '../syntax/edifact-segment.js';

/** Where a canonical field came from in the EDIFACT message. */
export interface SourcePointer {
  /** Segment position in the message (UNH = 1). */
  segment: number;
  tag: string;
  /** `C516/5004`, `1225`. */
  elementId?: string;
}

/**
 * Canonical path → the segment and element it was read from, so that a finding on the canonical
 * declaration can point into the message (CUSRES ERP) the way the filer wrote it.
 */
export class SourceMap {
  // Segments are kept as they are (no object per field): pointers are built only when asked for.
  private readonly segments = new Map<string, EdifactSegment>();
  private readonly elements = new Map<string, string>();

  note(path: string, segment: EdifactSegment, elementId?: string): void {
    this.segments.set(path, segment);
    if (elementId) this.elements.set(path, elementId);
  }

  /** The pointer of the path, or of its nearest recorded parent (`goodsItems[2].x` → `goodsItems[2]`). */
  find(path: string): SourcePointer | undefined {
    for (let current = path; current !== ''; current = parentPath(current)) {
      const segment = this.segments.get(current);
      if (!segment) continue;
      const elementId = this.elements.get(current);
      return { segment: segment.position, tag: segment.tag, ...(elementId ? { elementId } : {}) };
    }
    return undefined;
  }

  get size(): number {
    return this.segments.size;
  }
}

function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}
