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
  // Notes are appended (cheap, one per mapped field); the lookup index is built on the first `find`.
  private readonly paths: string[] = [];
  private readonly segments: EdifactSegment[] = [];
  private readonly elementIds: (string | undefined)[] = [];
  private index: Map<string, number> | undefined;

  note(path: string, segment: EdifactSegment, elementId?: string): void {
    this.paths.push(path);
    this.segments.push(segment);
    this.elementIds.push(elementId);
    this.index = undefined;
  }

  /** The pointer of the path, or of its nearest recorded parent (`goodsItems[2].x` → `goodsItems[2]`). */
  find(path: string): SourcePointer | undefined {
    const index = this.lookup();
    for (let current = path; current !== ''; current = parentPath(current)) {
      const at = index.get(current);
      if (at === undefined) continue;
      const segment = this.segments[at]!;
      const elementId = this.elementIds[at];
      return { segment: segment.position, tag: segment.tag, ...(elementId ? { elementId } : {}) };
    }
    return undefined;
  }

  get size(): number {
    return this.lookup().size;
  }

  private lookup(): Map<string, number> {
    if (!this.index) {
      this.index = new Map();
      for (let i = 0; i < this.paths.length; i++) this.index.set(this.paths[i]!, i);
    }
    return this.index;
  }
}

function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}
