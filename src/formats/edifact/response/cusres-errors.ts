import type { Declaration } from '../../../core/model/declaration-schema.js';
import type { Finding } from '../../../core/model/finding.js';
import type { SourceMap } from '../mapping/source-map.js';
import type { EdifactFinding } from '../syntax/edifact-finding.js';
import type { EdifactSegment } from '../syntax/edifact-segment.js';
import { isGroupInstance, type GroupInstance } from '../validation/structure-validator.js';
import type { CusresError, CusresOptions } from './cusres-generator.js';

/** Goods item number (CST 1496) of the customs item group a segment position falls in. */
export type GoodsItemLocator = (segment: number) => number | undefined;

/** Finds the customs item (CST group) each segment position belongs to. */
export function goodsItemLocator(tree: GroupInstance | undefined): GoodsItemLocator {
  const ranges: [from: number, to: number, item: number][] = [];
  const span = (instance: GroupInstance): [number, number] => {
    let from = Infinity;
    let to = -Infinity;
    for (const child of instance.children) {
      const [a, b] = isGroupInstance(child) ? span(child) : [child.position, child.position];
      from = Math.min(from, a);
      to = Math.max(to, b);
    }
    return [from, to];
  };
  for (const child of tree?.children ?? []) {
    if (!isGroupInstance(child)) continue;
    const trigger = child.children[0] as EdifactSegment | undefined;
    if (trigger?.tag !== 'CST') continue;
    const [from, to] = span(child);
    ranges.push([from, to, Number(trigger.elements[0]?.[0]) || ranges.length + 1]);
  }
  return (segment) => ranges.find(([from, to]) => segment >= from && segment <= to)?.[2];
}

/** Syntax and structure findings of a declaration message as CUSRES errors (errors only). */
export function cusresErrorsFromEdifact(findings: readonly EdifactFinding[]): CusresError[] {
  return findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => {
      const goodsItem = finding.goodsItem;
      return {
        code: finding.syntaxError || 'SYNTAX',
        reference: finding.code,
        text: finding.message,
        ...(finding.segment !== undefined ? { segment: finding.segment } : {}),
        ...(finding.tag ? { tag: finding.tag } : {}),
        ...(finding.elementId ? { elementId: finding.elementId } : {}),
        ...(goodsItem !== undefined ? { goodsItem } : {}),
      };
    });
}

/**
 * Validation findings on the canonical declaration as CUSRES errors that point back into the CUSDEC the
 * filer sent: the source map gives segment and element, the path gives the goods item.
 */
export function cusresErrorsFromFindings(
  findings: readonly Finding[],
  decoded: { declaration: Declaration; sourceMap: SourceMap },
): CusresError[] {
  return findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => {
      const source = decoded.sourceMap.find(finding.pointer.path);
      const index = /^goodsItems\[(\d+)\]/.exec(finding.pointer.path)?.[1];
      const goodsItem = index === undefined ? undefined : decoded.declaration.goodsItems[Number(index)]?.sequence;
      return {
        code: 'RULE',
        reference: finding.ruleId,
        text: `${finding.message} ${finding.fix}`.trim(),
        ...(source ? { segment: source.segment, tag: source.tag } : {}),
        ...(source?.elementId ? { elementId: source.elementId } : {}),
        ...(goodsItem !== undefined ? { goodsItem } : {}),
      };
    });
}

/**
 * The CUSRES options for one checked message: rejected with its syntax and structure errors, or the
 * verdict of the caller (business validation) with its errors and the MRN given on acceptance.
 */
export function cusresOptionsFor(
  message: { reference: string; documentNumber?: string; rejected: boolean; findings: readonly EdifactFinding[] },
  answer: { issuedAt: Date; errors?: CusresError[]; mrn?: string; messageReference?: string },
): CusresOptions {
  const errors = [...cusresErrorsFromEdifact(message.findings), ...(answer.errors ?? [])];
  const accepted = !message.rejected && errors.length === 0;
  return {
    requestReference: message.reference,
    ...(message.documentNumber ? { documentNumber: message.documentNumber } : {}),
    status: accepted ? 'accepted' : 'rejected',
    ...(accepted && answer.mrn ? { mrn: answer.mrn } : {}),
    errors,
    issuedAt: answer.issuedAt,
    ...(answer.messageReference ? { messageReference: answer.messageReference } : {}),
  };
}
