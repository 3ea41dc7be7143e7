import type { Declaration } from '../../../../core/model/declaration-schema.js';
import { createFinding, type EdifactFinding } from '../../syntax/edifact-finding.js';
import type { EdifactMessage } from '../../syntax/edifact-message.js';
import { optionalAt } from '../../syntax/edifact-segment.js';
import type { GroupInstance } from '../../validation/structure-validator.js';
import { escapedCharacters } from '../edifact-values.js';
import { MappingContext } from '../mapping-context.js';
import { SegmentGroup } from '../segment-group.js';
import type { SourceMap } from '../source-map.js';
import { readDocuments } from './cusdec-documents.js';
import { readHeader } from './cusdec-header.js';
import { readItem } from './cusdec-items.js';
import { readEquipment, readParties, readTransport } from './cusdec-parties.js';

/** A CUSDEC read into the canonical declaration, with where each field came from. */
export interface CusdecMapping {
  declaration: Declaration;
  /** Canonical path → segment and element, for answers that point into the message (CUSRES). */
  sourceMap: SourceMap;
  /** Values the message left out and the mapping assumed (warnings). */
  notes: EdifactFinding[];
}

/**
 * Maps a validated CUSDEC (D.96B, D.99B, D.01B structures: header, SG30 customs items) to the canonical
 * declaration. The mapping table is `cusdec-codes.ts`; `declaration-to-cusdec.ts` writes the same fields back.
 */
export function cusdecToDeclaration(message: EdifactMessage, tree: GroupInstance): CusdecMapping {
  const { separators } = message.interchange;
  const context = new MappingContext(separators.decimal, escapedCharacters(separators));
  const root = new SegmentGroup(tree);
  const { consignment, ...header } = readHeader(root, context);
  const containers = readEquipment(root, context);
  if (containers) consignment.containers = containers;
  const { documents, previousDocuments } = readDocuments(root.groups('DOC'), '', context);
  const declaration: Declaration = {
    ...header,
    parties: readParties(root, context),
    transport: readTransport(root, context),
    consignment,
    goodsItems: root.groups('CST').map((group, index) => readItem(group, index, context)),
    ...(documents.length > 0 ? { documents } : {}),
    ...(previousDocuments.length > 0 ? { previousDocuments } : {}),
  };
  const notes: EdifactFinding[] = [];
  const bgm = root.first('BGM');
  if (!bgm || optionalAt(bgm, 2) === undefined) {
    notes.push(
      createFinding({
        level: 'message',
        messageReference: message.header.reference,
        segment: bgm?.position ?? 2,
        tag: 'BGM',
        element: 3,
        elementId: '1225',
        code: 'assumed-value',
        severity: 'warning',
        syntaxError: '',
        reason: 'no message function (1225): the declaration is read as an original (9)',
      }),
    );
  }
  return { declaration, sourceMap: context.map, notes };
}
