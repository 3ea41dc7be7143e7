/** One parsed segment. Values are unescaped (release characters removed). */
export interface EdifactSegment {
  tag: string;
  /** Data elements after the tag, each as its components (a simple data element has one). */
  elements: string[][];
  /** Every occurrence of a repeated data element (syntax 4), keyed by 0-based element index. */
  repeats?: Record<number, string[][]>;
  /** 1-based position: in the message (UNH = 1), or in the interchange for envelope segments. */
  position: number;
  /** Byte offset in the interchange. */
  offset: number;
  /** 1-based line, where the interchange has line breaks. */
  line: number;
  /** Syntax flaws found while splitting, reported by the validator. */
  flaws?: SegmentFlaw[];
}

export interface SegmentFlaw {
  kind:
    | 'bad-release'
    | 'trailing-separator'
    | 'bad-tag'
    | 'oversize'
    | 'unterminated'
    | 'invalid-character'
    | 'control-character';
  /** 0-based data element index (after the tag), where it applies. */
  element?: number;
  component?: number;
  detail?: string;
}

/** Component `component` (0-based) of data element `element` (0-based, after the tag); '' when absent. */
export function valueAt(segment: EdifactSegment, element: number, component = 0): string {
  return segment.elements[element]?.[component] ?? '';
}

/** Like `valueAt`, but undefined for an absent or empty value. */
export function optionalAt(segment: EdifactSegment, element: number, component = 0): string | undefined {
  const value = segment.elements[element]?.[component];
  return value === undefined || value === '' ? undefined : value;
}

/** Components of data element `element` from `from` on, empty ones dropped. */
export function componentsFrom(segment: EdifactSegment, element: number, from = 0): string[] {
  return (segment.elements[element] ?? []).slice(from).filter((value) => value !== '');
}
