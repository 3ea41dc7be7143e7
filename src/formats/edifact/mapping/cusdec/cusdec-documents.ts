import type { DeclarationDocument } from '../../../../core/model/declaration-schema.js';
import { optionalAt } from '../../syntax/edifact-segment.js';
import { dateOf } from '../edifact-values.js';
import type { MappingContext } from '../mapping-context.js';
import type { SegmentGroup } from '../segment-group.js';
import { DATES, DOCUMENT_KINDS } from './cusdec-codes.js';

export interface DocumentLists {
  documents: DeclarationDocument[];
  previousDocuments: DeclarationDocument[];
}

/**
 * DOC groups: 1001 `190` is a previous document and `916` another document, each with its type in
 * C002/1000 (as the EU transit CUSDEC guides do); any other 1001 is itself the document type.
 */
export function readDocuments(groups: readonly SegmentGroup[], base: string, context: MappingContext): DocumentLists {
  const lists: DocumentLists = { documents: [], previousDocuments: [] };
  for (const group of groups) {
    const doc = group.trigger;
    const kind = optionalAt(doc, 0, 0);
    const previous = kind === DOCUMENT_KINDS.previous;
    const list = previous ? lists.previousDocuments : lists.documents;
    const path = `${base}${previous ? 'previousDocuments' : 'documents'}[${list.length}]`;
    const document: DeclarationDocument = {};
    context.map.note(path, doc);
    const at = (key: string, [element, component]: [number, number], elementId: string) => ({
      path: `${path}.${key}`,
      segment: doc,
      element,
      component,
      elementId,
    });
    const named = kind === undefined || kind === DOCUMENT_KINDS.previous || kind === DOCUMENT_KINDS.other;
    context.text(
      document,
      'typeCode',
      named ? at('typeCode', [0, 3], 'C002/1000') : at('typeCode', [0, 0], 'C002/1001'),
    );
    context.text(document, 'categoryCode', at('categoryCode', [0, 1], 'C002/1131'));
    context.text(document, 'id', at('id', [1, 0], 'C503/1004'));
    context.text(document, 'lpcoExemptionCode', at('lpcoExemptionCode', [1, 1], 'C503/1373'));
    const dtm = group.first('DTM', DATES.documentDate);
    if (dtm) {
      const value = dateOf(dtm);
      context.value(document, 'effectiveDate', {
        value,
        path: `${path}.effectiveDate`,
        segment: dtm,
        elementId: 'C507/2380',
      });
    }
    list.push(document);
  }
  return lists;
}
