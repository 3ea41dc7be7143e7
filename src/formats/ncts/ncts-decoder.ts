import type { ChunkDecoder } from '../chunk-decoder.js';
import type { DecodeEvent } from '../decode-event.js';
import type { DecodeOptions } from '../decode-options.js';
import { decodeProblem } from '../decode-problem.js';
import type { XmlDeclarationUnit } from '../wco-xml/xml-document-reader.js';
import { createXmlUnitDecoder, type UnitPlace } from '../xml-message/xml-unit-decoder.js';
import { NCTS_MESSAGES, readTransitMessage } from './read-transit-message.js';

const NCTS_ROOT = /^C[CD]\d{3}[CD]$/;

/**
 * NCTS phase 5 (CTC, DDNTA v5) XML: each `CCnnnC` message becomes one `kind: 'message'` event
 * with `messageType: 'transit'`, or the problems (pattern, format, rule C0467) that stop it.
 */
export function createNctsDecoder(options: DecodeOptions = {}): ChunkDecoder {
  return createXmlUnitDecoder(
    {
      isUnit: (name) => NCTS_ROOT.test(name),
      decode: transitEvents,
      expected: `an NCTS phase 5 message (${Object.keys(NCTS_MESSAGES).join(', ')}) in namespace http://ncts.dgtaxud.ec`,
    },
    options,
  );
}

function transitEvents(unit: XmlDeclarationUnit, at: UnitPlace): DecodeEvent[] {
  const root = unit.declaration;
  if (NCTS_MESSAGES[root.name] === undefined) {
    return [
      decodeProblem('wco-xml', 'unexpected-element', {
        message: `<${root.name}> at line ${root.line} is an NCTS message Tamga does not read: it reads ${Object.keys(NCTS_MESSAGES).join(', ')}`,
        element: root.name,
        line: root.line,
        position: at.position,
        raw: at.raw,
      }),
    ];
  }
  const { message, faults, warnings } = readTransitMessage(root, root.name);
  if (faults.length > 0) {
    return faults.map((fault) =>
      decodeProblem('wco-xml', fault.code, { ...fault, position: at.position, raw: at.raw }),
    );
  }
  return [
    {
      kind: 'message',
      format: 'wco-xml',
      messageType: 'transit',
      name: root.name,
      message,
      position: at.position,
      raw: at.raw,
      warnings: warnings.map((text) => ({ message: text, element: `${root.name}/TransitOperation` })),
    },
  ];
}
