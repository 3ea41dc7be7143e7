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
  const raw =
    separators.release !== undefined && text.includes(separators.release)
      ? splitReleased(text, separators)
      : splitPlain(text, separators);
  const tagParts = raw.shift() ?? [['']];
  const tag = tagParts[0]?.[0] ?? '';
  const segment: EdifactSegment = { tag, elements: [], ...place };
  const flaws: SegmentFlaw[] = raw.flaws ?? [];
  if (!TAG.test(tag)) flaws.push({ kind: 'bad-tag', detail: tag });
  raw.forEach((occurrences, index) => {
    segment.elements.push(occurrences[0] ?? ['']);
    if (occurrences.length > 1) (segment.repeats ??= {})[index] = occurrences;
  });
  const trailing = trailingSeparatorAt(segment.elements);
  if (trailing !== undefined) flaws.push({ kind: 'trailing-separator', element: trailing });
  if (flaws.length > 0) segment.flaws = flaws;
  return segment;
}

/** Elements as occurrences of components, with any flaws met while unescaping. */
type Split = string[][][] & { flaws?: SegmentFlaw[] };

function splitPlain(text: string, { element, component, repetition }: Separators): Split {
  return text.split(element).map((data) => {
    if (repetition !== undefined && data.includes(repetition)) {
      return data.split(repetition).map((occurrence) => occurrence.split(component));
    }
    return [data.split(component)];
  });
}

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
