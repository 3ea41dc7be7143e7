import { concatBytes, type ChunkDecoder } from '../chunk-decoder.js';
import type { DecodeEvent } from '../decode-event.js';
import type { DecodeOptions } from '../decode-options.js';
import { createIcsDecoder } from '../eu-ics/ics-decoder.js';
import { createNctsDecoder } from '../ncts/ncts-decoder.js';
import { createNotificationDecoder } from '../wco-response/notification-decoder.js';
import { createWcoXmlDecoder } from '../wco-xml/wco-xml-decoder.js';
import { withXsdCheck } from '../xsd/with-xsd-check.js';
import { detectXmlMessage, type XmlMessageFamily } from './detect-xml-message.js';

/** Bytes looked at to tell the family; past them an undecided input goes to the WCO declaration decoder, which says what it is not. */
const DETECT_BYTES = 64 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Every XML input: the family (WCO declaration, WCO notification, EU ICS1 ENS, NCTS phase 5)
 * is told from the first elements that name a message, then the family's streaming decoder
 * takes the bytes, the held head first.
 */
export function createXmlMessageDecoder(options: DecodeOptions = {}): ChunkDecoder {
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let inner: ChunkDecoder | undefined;

  const start = (final: boolean): Iterable<DecodeEvent> => {
    const bytes = concatBytes(head);
    const detected = detectXmlMessage(utf8.decode(bytes.subarray(0, DETECT_BYTES)));
    if (detected === undefined && !final && headBytes < DETECT_BYTES) return [];
    inner = familyDecoder(detected?.family ?? 'wco-declaration', options);
    head.length = 0;
    return inner.push(bytes);
  };

  return {
    push(chunk) {
      if (inner !== undefined) return inner.push(chunk);
      head.push(chunk);
      headBytes += chunk.length;
      return start(false);
    },
    end() {
      const first = inner === undefined ? [...start(true)] : [];
      return [...first, ...inner!.end()];
    },
  };
}

function familyDecoder(family: XmlMessageFamily, options: DecodeOptions): ChunkDecoder {
  switch (family) {
    case 'wco-declaration':
      return options.xsdCheck === undefined
        ? createWcoXmlDecoder(options)
        : withXsdCheck(createWcoXmlDecoder(options), options.xsdCheck);
    case 'wco-notification':
      return createNotificationDecoder(options);
    case 'eu-ics-ens':
    case 'eu-ics-response':
      return createIcsDecoder(options);
    case 'ncts':
      return createNctsDecoder(options);
  }
}
