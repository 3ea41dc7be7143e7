import type { EdifactSegment, SegmentFlaw } from './edifact-segment.js';
import type { Separators } from './separators.js';

const TAG = /^[A-Z][A-Z0-9]{2}$/;

/** Where a segment was found, for `splitSegment`. */
export interface SegmentPlace {
  position: number;
  offset: number;
  line: number;
}

/** Splits a segment's text (without its terminator) into tag, data elements, components, repetitions. */
export function splitSegment(text: string, separators: Separators, place: SegmentPlace): EdifactSegment {
  const { release, repetition } = separators;
  if ((release !== undefined && text.includes(release)) || (repetition !== undefined && text.includes(repetition))) {
    return fromOccurrences(splitReleased(text, separators), place);
  }
  const { element, component } = separators;
  // indexOf and slice: several times faster than String.split on short segments (the common case).
  const elements: string[][] = [];
  let nextComponent = text.indexOf(component);
  let pos = text.indexOf(element);
  const tagEnd = pos < 0 ? text.length : pos;
  const tag = text.slice(0, nextComponent >= 0 && nextComponent < tagEnd ? nextComponent : tagEnd);
  while (pos >= 0) {
    const next = text.indexOf(element, pos + 1);
    const end = next < 0 ? text.length : next;
    let from = pos + 1;
    if (nextComponent >= 0 && nextComponent < from) nextComponent = text.indexOf(component, from);
    const components: string[] = [];
    while (nextComponent >= 0 && nextComponent < end) {
      components.push(text.slice(from, nextComponent));
      from = nextComponent + 1;
      nextComponent = text.indexOf(component, from);
    }
    components.push(text.slice(from, end));
    elements.push(components);
    pos = next;
  }
  const segment: EdifactSegment = {
    tag,
    elements,
    repeats: undefined,
    position: place.position,
    offset: place.offset,
    line: place.line,
    flaws: undefined,
  };
  checkShape(segment, undefined);
  return segment;
}

function fromOccurrences(raw: Split, place: SegmentPlace): EdifactSegment {
  const tag = raw.shift()?.[0]?.[0] ?? '';
  const elements: string[][] = [];
  let repeats: Record<number, string[][]> | undefined;
  raw.forEach((occurrences, index) => {
    elements.push(occurrences[0] ?? ['']);
    if (occurrences.length > 1) (repeats ??= {})[index] = occurrences;
  });
  const segment: EdifactSegment = {
    tag,
    elements,
    repeats,
    position: place.position,
    offset: place.offset,
    line: place.line,
    flaws: undefined,
  };
  checkShape(segment, raw.flaws);
  return segment;
}

/** Tag syntax and trailing separators, added to the flaws met while unescaping. */
function checkShape(segment: EdifactSegment, found: SegmentFlaw[] | undefined): void {
  let flaws = found;
  if (!TAG.test(segment.tag)) (flaws ??= []).push({ kind: 'bad-tag', detail: segment.tag });
  const trailing = trailingSeparatorAt(segment.elements);
  if (trailing !== undefined) (flaws ??= []).push({ kind: 'trailing-separator', element: trailing });
  if (flaws && flaws.length > 0) segment.flaws = flaws;
}

/** Elements as occurrences of components, with any flaws met while unescaping. */
type Split = string[][][] & { flaws?: SegmentFlaw[] };

function splitReleased(text: string, separators: Separators): Split {
  const { element, component, repetition, release, segment } = separators;
  const result: Split = [];
  let occurrences: string[][] = [];
  let components: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === release) {
      const next = text[i + 1];
      const escapable = next === element || next === component || next === release || next === segment;
      if (next !== undefined && (escapable || (repetition !== undefined && next === repetition))) {
        current += next;
        i++;
        continue;
      }
      (result.flaws ??= []).push({
        kind: 'bad-release',
        element: result.length - 1,
        component: components.length,
        detail: next === undefined ? 'at the end of the segment' : `before '${next}'`,
      });
      current += c;
    } else if (c === component) {
      components.push(current);
      current = '';
    } else if (c === repetition) {
      components.push(current);
      occurrences.push(components);
      components = [];
      current = '';
    } else if (c === element) {
      components.push(current);
      occurrences.push(components);
      result.push(occurrences);
      occurrences = [];
      components = [];
      current = '';
    } else {
      current += c;
    }
  }
  components.push(current);
  occurrences.push(components);
  result.push(occurrences);
  return result;
}

/** 0-based index of the first data element that ends in empty components or elements, if any. */
function trailingSeparatorAt(elements: string[][]): number | undefined {
  const last = elements.length - 1;
  if (last < 0) return undefined;
  const lastElement = elements[last]!;
  if (lastElement.length === 1 && lastElement[0] === '') return last;
  for (let i = 0; i <= last; i++) {
    const components = elements[i]!;
    if (components.length > 1 && components[components.length - 1] === '') return i;
  }
  return undefined;
}
