import type { ChunkDecoder } from '../chunk-decoder.js';
import type { DecodeEvent } from '../decode-event.js';
import type { DecodeOptions } from '../decode-options.js';
import { decodeProblem } from '../decode-problem.js';
import type { XmlDeclarationUnit } from '../wco-xml/xml-document-reader.js';
import { createXmlUnitDecoder, type UnitPlace } from '../xml-message/xml-unit-decoder.js';
import { readEnsResponse } from './read-ens-response.js';
import { readEntrySummary } from './read-entry-summary.js';

const ENS = new Set(['CC315A', 'CC313A']);
const RESPONSES = new Set(['SuccessResponse', 'ErrorResponse']);

/**
 * EU ICS1 XML: entry summary declarations (CC315A) and amendments (CC313A) in namespace
 * `http://ics.dgtaxud.ec/CC315A` (or `.../CC313A`), and the entry point's answers to them.
 */
export function createIcsDecoder(options: DecodeOptions = {}): ChunkDecoder {
  return createXmlUnitDecoder(
    {
      isUnit: (name) => ENS.has(name) || RESPONSES.has(name) || /^CC3\d\dA$/.test(name),
      decode: icsEvents,
      expected: 'an EU ICS1 entry summary declaration (<ie:CC315A>) or amendment (<ie:CC313A>)',
    },
    options,
  );
}

function icsEvents(unit: XmlDeclarationUnit, at: UnitPlace): DecodeEvent[] {
  const root = unit.declaration;
  const base = { kind: 'message', format: 'wco-xml', name: root.name, position: at.position, raw: at.raw } as const;
  if (RESPONSES.has(root.name))
    return [{ ...base, messageType: 'ens-response', message: readEnsResponse(root), warnings: [] }];
  if (!ENS.has(root.name)) {
    return [
      decodeProblem('wco-xml', 'unexpected-element', {
        message: `<${root.name}> at line ${root.line} is an ICS message Tamga does not read: it reads CC315A (entry summary declaration) and CC313A (amendment)`,
        element: root.name,
        line: root.line,
        position: at.position,
        raw: at.raw,
      }),
    ];
  }
  const { summary, ctx } = readEntrySummary(root);
  if (ctx.faults.length > 0) {
    return ctx.faults.map((fault) =>
      decodeProblem('wco-xml', fault.code, { ...fault, position: at.position, raw: at.raw }),
    );
  }
  return [{ ...base, messageType: 'ens', message: summary, warnings: ctx.warnings }];
}
