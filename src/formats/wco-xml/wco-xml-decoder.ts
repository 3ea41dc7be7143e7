import { concatBytes, type ChunkDecoder } from '../chunk-decoder.js';
import type { DecodeEvent, RawUnit } from '../decode-event.js';
import { DEFAULT_MAX_UNIT_BYTES, type DecodeOptions } from '../decode-options.js';
import { decodeProblem } from '../decode-problem.js';
import { unitEvents } from './unit-events.js';
import { Utf8Stream } from './utf8-stream.js';
import { XmlDocumentReader, type XmlDeclarationUnit } from './xml-document-reader.js';
import { notADeclaration } from './not-a-declaration.js';

export const XML_MEDIA_TYPE = 'application/xml';
const encoder = new TextEncoder();

/**
 * WCO DM 3.6 DEC-DMS XML, streamed: each `Declaration` (with its `MetaData`) is decoded as soon
 * as it closes, so a batch file holds one document in memory at a time. A lone document keeps
 * the input bytes verbatim as its raw unit; in a batch each unit is its own `MetaData` element.
 */
export function createWcoXmlDecoder(options: DecodeOptions = {}): ChunkDecoder {
  const maxChars = options.maxUnitBytes ?? DEFAULT_MAX_UNIT_BYTES;
  const utf8 = new Utf8Stream();
  const units: XmlDeclarationUnit[] = [];
  const reader = new XmlDocumentReader((unit) => units.push(unit));
  let text = '';
  let textBase = 0;
  let inputBytes: Uint8Array[] | undefined = [];
  let held: { unit: XmlDeclarationUnit; raw: RawUnit } | undefined;
  let position = 0;
  let failed = false;

  const release = (out: DecodeEvent[], unit: XmlDeclarationUnit, raw: RawUnit) => {
    out.push(
      ...unitEvents(unit, { position: position++, raw, bad: utf8.bad, declaredEncoding: reader.declaredEncoding }),
    );
  };

  const tooLarge = (at: number) =>
    decodeProblem('wco-xml', 'too-large', {
      message: `an XML declaration document is larger than ${maxChars} characters: split the batch into smaller files`,
      position: at,
    });

  const drain = (out: DecodeEvent[]) => {
    for (const unit of units.splice(0)) {
      if (unit.end - unit.start > maxChars) {
        if (held !== undefined) release(out, held.unit, held.raw);
        held = undefined;
        out.push(tooLarge(position++));
        continue;
      }
      const raw = {
        body: encoder.encode(text.slice(unit.start - textBase, unit.end - textBase)),
        mediaType: XML_MEDIA_TYPE,
      };
      if (held === undefined && position === 0) held = { unit, raw };
      else {
        if (held !== undefined) release(out, held.unit, held.raw);
        held = undefined;
        inputBytes = undefined;
        release(out, unit, raw);
      }
    }
    const keepFrom = Math.min(reader.openUnitStart ?? Infinity, textBase + text.length - 1024);
    if (keepFrom > textBase) {
      text = text.slice(keepFrom - textBase);
      textBase = keepFrom;
    }
  };

  const feed = (chunkText: string, out: DecodeEvent[]) => {
    text += chunkText;
    for (let i = 0; i < chunkText.length; i += 65_536) reader.write(chunkText.slice(i, i + 65_536));
    drain(out);
    const openStart = reader.openUnitStart;
    if (openStart !== undefined && textBase + text.length - openStart > maxChars) {
      failed = true;
      out.push(tooLarge(position));
    }
  };

  return {
    push(chunk) {
      const out: DecodeEvent[] = [];
      if (failed) return out;
      inputBytes?.push(chunk);
      feed(utf8.push(chunk), out);
      return out;
    },
    end() {
      const out: DecodeEvent[] = [];
      if (failed) return out;
      feed(utf8.end(), out);
      reader.close();
      drain(out);
      if (held !== undefined) {
        const body = inputBytes === undefined ? held.raw.body : concatBytes(inputBytes);
        release(out, held.unit, { body, mediaType: XML_MEDIA_TYPE });
      }
      if (reader.error !== undefined) {
        const { line, column, message } = reader.error;
        out.push(
          decodeProblem('wco-xml', 'not-well-formed', {
            message: `the XML is not well-formed at line ${line}, column ${column}: ${message}`,
            line,
            column,
            position,
          }),
        );
      } else if (reader.declarationsSeen === 0) out.push(notADeclaration(reader, utf8.bad));
      return out;
    },
  };
}
