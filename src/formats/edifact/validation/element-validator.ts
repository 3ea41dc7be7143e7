import type { CompositeDefinition, ElementUse } from '../directory/directory-types.js';
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

const isComposite = (id: string) => id.charCodeAt(0) >= 65;

/**
 * The segment being checked and where in it: a cursor moved element by element, so that the common
 * case (a valid value) allocates nothing; a place is only built when something is reported.
 */
interface Cursor {
  segment: EdifactSegment;
  resolved: ResolvedSegment;
  context: ElementContext;
  out: EdifactFinding[];
  element: number;
  component?: number;
  elementId: string;
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
  const cursor: Cursor = { segment, resolved, context, out, element: 0, elementId: '' };
  const uses = resolved.definition.elements;
  if (segment.elements.length > uses.length) {
    cursor.element = uses.length + 1;
    cursor.elementId = '';
    report(cursor, {
      code: 'too-many-elements',
      syntaxError: '16',
      reason: `${segment.tag} has ${segment.elements.length} data elements; it takes at most ${uses.length}`,
    });
  }
  for (let index = 0; index < uses.length; index++) checkElement(cursor, uses[index]!, index);
  return out;
}

function checkElement(cursor: Cursor, [id, mandatory]: ElementUse, index: number): void {
  const { segment, resolved } = cursor;
  const components = segment.elements[index];
  cursor.element = index + 1;
  cursor.component = undefined;
  cursor.elementId = id;
  if (components === undefined || !hasValue(components)) {
    if (mandatory) report(cursor, missing(id, resolved));
    return;
  }
  if (segment.repeats?.[index]) {
    report(cursor, {
      code: 'too-many-repetitions',
      syntaxError: '16',
      reason: `data element ${id} is not repeatable here`,
    });
  }
  const composite = isComposite(id) ? resolved.directory.composites[id] : undefined;
  if (!composite) {
    if (components.length > 1) {
      cursor.component = 2;
      report(cursor, {
        code: 'too-many-components',
        syntaxError: '16',
        reason: `${id} is a simple data element but has ${components.length} components`,
      });
      cursor.component = undefined;
    }
    checkValue(cursor, id, { value: components[0] ?? '', codes: true });
    return;
  }
  checkComposite(cursor, composite, components);
}

function checkComposite(cursor: Cursor, composite: CompositeDefinition, components: string[]): void {
  const id = cursor.elementId;
  const uses = composite.components;
  if (components.length > uses.length) {
    cursor.component = uses.length + 1;
    report(cursor, {
      code: 'too-many-components',
      syntaxError: '16',
      reason: `composite ${id} has ${components.length} components; it takes at most ${uses.length}`,
    });
  }
  const codes = codesApply(uses, components);
  for (let j = 0; j < uses.length; j++) {
    const [componentId, required] = uses[j]!;
    const value = components[j] ?? '';
    if (value === '' && !required) continue;
    cursor.component = j + 1;
    cursor.elementId = `${id}/${componentId}`;
    if (value === '') report(cursor, missing(cursor.elementId, cursor.resolved));
    else checkValue(cursor, componentId, { value, codes });
  }
  cursor.elementId = id;
}

function hasValue(components: string[]): boolean {
  for (const value of components) if (value !== '') return true;
  return false;
}

/** A code list qualifier (1131) or a non-UN agency (3055) in the composite means the code is from another list. */
function codesApply(uses: ElementUse[], components: string[]): boolean {
  for (let j = 0; j < uses.length; j++) {
    const id = uses[j]![0];
    const value = components[j];
    if (value === undefined || value === '') continue;
    if (id === '1131' || (id === '3055' && value !== '6')) return false;
  }
  return true;
}

function checkValue(cursor: Cursor, id: string, check: { value: string; codes: boolean }): void {
  const { resolved, context } = cursor;
  const repr = context.directory.representation(resolved.directory, id);
  if (!repr) return;
  const problem = checkFormat(check.value, repr, context.decimal);
  if (problem) {
    report(cursor, problem, check.value);
    return;
  }
  if (!check.codes || (resolved.service && !CHECKED_SERVICE_CODE_LISTS.has(id))) return;
  const codes = context.directory.codes(id);
  if (codes && !codes.has(check.value)) {
    const name = context.directory.element(resolved.directory, id)?.name ?? id;
    const reason = `'${check.value}' is not a code of ${id} (${name})`;
    report(cursor, { code: 'unknown-code', syntaxError: '12', reason, soft: context.relaxedCodes }, check.value);
  }
}

function missing(id: string, resolved: ResolvedSegment): Problem {
  const element = resolved.directory.elements[id.slice(id.indexOf('/') + 1)];
  const name = element?.name ?? resolved.directory.composites[id]?.name;
  return {
    code: 'missing-element',
    syntaxError: '13',
    reason: `mandatory ${id}${name ? ` (${name})` : ''} is missing`,
  };
}

interface Problem {
  code: EdifactFindingCode;
  syntaxError: string;
  reason: string;
  /** Reported as a warning only. */
  soft?: boolean;
}

function report(cursor: Cursor, problem: Problem, value?: string): void {
  const { segment, resolved, context } = cursor;
  const borrowed = resolved.borrowed;
  cursor.out.push(
    createFinding({
      element: cursor.element,
      ...(cursor.component !== undefined ? { component: cursor.component } : {}),
      ...(cursor.elementId ? { elementId: cursor.elementId } : {}),
      ...(problem.code === 'too-many-repetitions' ? { repetition: 2 } : {}),
      ...(value !== undefined ? { value } : {}),
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
