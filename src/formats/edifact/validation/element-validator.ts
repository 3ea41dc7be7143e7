import type { ElementUse } from '../directory/directory-types.js';
import type { EdifactDirectory, ResolvedSegment } from '../directory/edifact-directory.js';
import { CHECKED_SERVICE_CODE_LISTS } from '../directory/service-directory.js';
import { createFinding, type EdifactFinding, type EdifactFindingCode } from '../syntax/edifact-finding.js';
import type { EdifactSegment } from '../syntax/edifact-segment.js';
import { checkFormat } from './value-format.js';

/** What the element checks need to know about the message. */
export interface ElementContext {
  directory: EdifactDirectory;
  decimal: string;
  level: EdifactFinding['level'];
  messageReference?: string;
  /** Code values may come from a message implementation guide (UNH association code): unknown codes are warnings. */
  relaxedCodes: boolean;
}

const isComposite = (id: string) => /^[A-Z]/.test(id);

interface Place {
  segment: EdifactSegment;
  resolved: ResolvedSegment;
  context: ElementContext;
  out: EdifactFinding[];
}

/**
 * Checks a segment's data elements against its directory definition: count, mandatory elements,
 * components, repetitions, formats and code lists.
 */
export function validateSegmentElements(
  segment: EdifactSegment,
  resolved: ResolvedSegment,
  context: ElementContext,
): EdifactFinding[] {
  const out: EdifactFinding[] = [];
  const place: Place = { segment, resolved, context, out };
  const uses = resolved.definition.elements;
  if (segment.elements.length > uses.length) {
    report(
      place,
      { element: uses.length + 1 },
      {
        code: 'too-many-elements',
        syntaxError: '16',
        reason: `${segment.tag} has ${segment.elements.length} data elements; it takes at most ${uses.length}`,
      },
    );
  }
  uses.forEach((use, index) => checkElement(place, use, index));
  return out;
}

function checkElement(place: Place, [id, mandatory]: ElementUse, index: number): void {
  const { segment, resolved } = place;
  const components = segment.elements[index];
  const present = components !== undefined && components.some((value) => value !== '');
  const at = { element: index + 1 };
  if (!present) {
    if (mandatory) report(place, { ...at, elementId: id }, missing(id, resolved));
    return;
  }
  if (segment.repeats?.[index]) {
    report(
      place,
      { ...at, elementId: id, repetition: 2 },
      {
        code: 'too-many-repetitions',
        syntaxError: '16',
        reason: `data element ${id} is not repeatable here`,
      },
    );
  }
  const composite = isComposite(id) ? resolved.directory.composites[id] : undefined;
  if (!composite) {
    if (components.length > 1) {
      report(
        place,
        { ...at, elementId: id, component: 2 },
        {
          code: 'too-many-components',
          syntaxError: '16',
          reason: `${id} is a simple data element but has ${components.length} components`,
        },
      );
    }
    checkValue(place, { ...at, elementId: id }, { id, value: components[0] ?? '', codes: true });
    return;
  }
  if (components.length > composite.components.length) {
    report(
      place,
      { ...at, elementId: id, component: composite.components.length + 1 },
      {
        code: 'too-many-components',
        syntaxError: '16',
        reason: `composite ${id} has ${components.length} components; it takes at most ${composite.components.length}`,
      },
    );
  }
  const codes = codesApply(composite.components, components);
  composite.components.forEach(([componentId, required], j) => {
    const value = components[j] ?? '';
    const where = { ...at, component: j + 1, elementId: `${id}/${componentId}` };
    if (value === '') {
      if (required) report(place, where, missing(`${id}/${componentId}`, resolved));
      return;
    }
    checkValue(place, where, { id: componentId, value, codes });
  });
}

/** A code list qualifier (1131) or a non-UN agency (3055) in the composite means the code is from another list. */
function codesApply(uses: ElementUse[], components: string[]): boolean {
  return uses.every(([id], j) => {
    const value = components[j] ?? '';
    if (id === '1131') return value === '';
    if (id === '3055') return value === '' || value === '6';
    return true;
  });
}

function checkValue(place: Place, where: Where, check: { id: string; value: string; codes: boolean }): void {
  const { resolved, context } = place;
  const repr = context.directory.representation(resolved.directory, check.id);
  if (!repr) return;
  const problem = checkFormat(check.value, repr, context.decimal);
  if (problem) {
    report(place, { ...where, value: check.value }, problem);
    return;
  }
  if (!check.codes || (resolved.service && !CHECKED_SERVICE_CODE_LISTS.has(check.id))) return;
  const codes = context.directory.codes(check.id);
  if (codes && !codes.has(check.value)) {
    const name = context.directory.element(resolved.directory, check.id)?.name ?? check.id;
    report(
      place,
      { ...where, value: check.value },
      {
        code: 'unknown-code',
        syntaxError: '12',
        reason: `'${check.value}' is not a code of ${check.id} (${name})`,
        soft: context.relaxedCodes,
      },
    );
  }
}

function missing(id: string, resolved: ResolvedSegment) {
  const element = resolved.directory.elements[id.slice(id.indexOf('/') + 1)];
  const name = element?.name ?? resolved.directory.composites[id]?.name;
  return {
    code: 'missing-element' as const,
    syntaxError: '13',
    reason: `mandatory ${id}${name ? ` (${name})` : ''} is missing`,
  };
}

interface Where {
  element: number;
  component?: number;
  elementId?: string;
  repetition?: number;
  value?: string;
}

interface Problem {
  code: EdifactFindingCode;
  syntaxError: string;
  reason: string;
  /** Reported as a warning only. */
  soft?: boolean;
}

function report(place: Place, where: Where, problem: Problem): void {
  const { segment, resolved, context } = place;
  const borrowed = resolved.borrowed;
  place.out.push(
    createFinding({
      ...where,
      level: context.level,
      segment: segment.position,
      tag: segment.tag,
      offset: segment.offset,
      line: segment.line,
      ...(context.messageReference ? { messageReference: context.messageReference } : {}),
      code: problem.code,
      severity: problem.soft || borrowed ? 'warning' : 'error',
      syntaxError: problem.syntaxError,
      reason: borrowed
        ? `${problem.reason} (by the ${resolved.directory.release} definition; this release's own is not bundled)`
        : problem.reason,
    }),
  );
}
