import type { ChunkDecoder } from '../chunk-decoder.js';
import type { DecodeEvent } from '../decode-event.js';
import type { DecodeOptions } from '../decode-options.js';
import { decodeProblem } from '../decode-problem.js';
import { createXmlUnitDecoder, type UnitPlace } from '../xml-message/xml-unit-decoder.js';
import type { XmlDeclarationUnit } from '../wco-xml/xml-document-reader.js';
import { readNotification } from './read-notification.js';

/**
 * WCO DM 3.6 `Response` messages (DMS notifications), with or without the RES-DMS namespace
 * (most HMRC samples have none), one `kind: 'message'` event each; a batch of several
 * `MetaData`/`Response` documents streams like a declaration batch.
 */
export function createNotificationDecoder(options: DecodeOptions = {}): ChunkDecoder {
  return createXmlUnitDecoder(
    {
      isUnit: (name) => name === 'Response',
      decode: notificationEvents,
      expected: 'a WCO notification: <MetaData> wrapping <Response> (urn:wco:datamodel:WCO:RES-DMS:2)',
    },
    options,
  );
}

function notificationEvents(unit: XmlDeclarationUnit, at: UnitPlace): DecodeEvent[] {
  const { notification, faults } = readNotification(unit.declaration);
  if (faults.length > 0) {
    return faults.map((fault) =>
      decodeProblem('wco-xml', fault.code, { ...fault, position: at.position, raw: at.raw }),
    );
  }
  const warnings =
    notification.name === undefined
      ? [
          {
            message: `Response/FunctionCode ${notification.functionCode} is not a DMS notification code Tamga knows (01-18, 50, 51)`,
            element: 'Response/FunctionCode',
          },
        ]
      : [];
  return [
    {
      kind: 'message',
      format: 'wco-xml',
      messageType: 'notification',
      name: notification.name ?? `Response ${notification.functionCode}`,
      message: notification,
      position: at.position,
      raw: at.raw,
      warnings,
    },
  ];
}
