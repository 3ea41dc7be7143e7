import type { EdifactSegment } from '../syntax/edifact-segment.js';
import { joinLines, numberAt } from './edifact-values.js';
import { SourceMap } from './source-map.js';

/**
 * Where a value is read (segment, 0-based data element and component, directory id to point at) and
 * the canonical path it is noted under.
 */
export interface ValueAt {
  path: string;
  segment: EdifactSegment | undefined;
  element: number;
  component?: number;
  elementId: string;
}

/** A value computed by the caller, with where it came from. */
export interface ValueFrom {
  path: string;
  segment: EdifactSegment;
  elementId?: string;
  value: unknown;
}

/** What a mapping needs while it reads one message: decimal mark, escaped characters, the source map it fills. */
export class MappingContext {
  constructor(
    readonly decimal: string,
    /** Service characters that count double in a line's sent width (see `joinLines`). */
    readonly escaped = '',
    readonly map: SourceMap = new SourceMap(),
  ) {}

  lines(lines: readonly string[] | undefined, width: number): string | undefined {
    return joinLines(lines ?? [], width, this.escaped);
  }

  /** Sets `target[key]` to the value at `at` when present, and notes where it came from. */
  text<T extends object>(target: T, key: keyof T & string, at: ValueAt): string | undefined {
    const value = at.segment?.elements[at.element]?.[at.component ?? 0];
    if (value === undefined || value === '') return undefined;
    (target as Record<string, unknown>)[key] = value;
    this.map.note(at.path, at.segment!, at.elementId);
    return value;
  }

  number<T extends object>(target: T, key: keyof T & string, at: ValueAt): number | undefined {
    const value = numberAt(at.segment, [at.element, at.component ?? 0], this.decimal);
    if (value === undefined) return undefined;
    (target as Record<string, unknown>)[key] = value;
    this.map.note(at.path, at.segment!, at.elementId);
    return value;
  }

  /** Sets a value computed by the caller. */
  value<T extends object>(target: T, key: keyof T & string, from: ValueFrom): void {
    if (from.value === undefined || from.value === '') return;
    (target as Record<string, unknown>)[key] = from.value;
    this.map.note(from.path, from.segment, from.elementId);
  }
}
