import { concatBytes, type ChunkDecoder } from '../chunk-decoder.js';
import type { DecodeEvent, DecodeProblem, RawUnit } from '../decode-event.js';
import { DEFAULT_MAX_UNIT_BYTES, type DecodeOptions } from '../decode-options.js';
import { decodeProblem } from '../decode-problem.js';
import { Utf8Stream, type BadByte } from '../wco-xml/utf8-stream.js';
import { XmlDocumentReader, type XmlDeclarationUnit } from '../wco-xml/xml-document-reader.js';

export const XML_MEDIA_TYPE = 'application/xml';
const encoder = new TextEncoder();

/** Where a unit sits in its input, for the events it becomes. */
export interface UnitPlace {
  position: number;
  raw: RawUnit;
}

/** What distinguishes one XML message family for the shared streaming decoder. */
export interface XmlUnitSpec {
  /** Local names of the elements that are one message each (`Response`, `CC315A`...). */
  isUnit(localName: string): boolean;
  /** One message element tree → its events (a message, or the problems that stop it). */
  decode(unit: XmlDeclarationUnit, at: UnitPlace): DecodeEvent[];
  /** Plain name of what was expected, for a well-formed input without one: `an NCTS phase 5 message (CC0xxC)`. */
  expected: string;
}

/**
 * A streaming decoder for one XML message family: the document reader builds one element tree
 * per message as it closes, so a batch costs the memory of one message. A lone message keeps the
 * input bytes verbatim as its raw unit; in a batch each message is its own element's text.
 */
export function createXmlUnitDecoder(spec: XmlUnitSpec, options: DecodeOptions = {}): ChunkDecoder {
  const maxChars = options.maxUnitBytes ?? DEFAULT_MAX_UNIT_BYTES;
  const utf8 = new Utf8Stream();
  const units: XmlDeclarationUnit[] = [];
  const reader = new XmlDocumentReader((unit) => units.push(unit), { isUnit: (name) => spec.isUnit(name) });
  let text = '';
  let textBase = 0;
  let input: Uint8Array[] | undefined = [];
  let held: { unit: XmlDeclarationUnit; raw: RawUnit } | undefined;
  let position = 0;
  let failed = false;

  const release = (out: DecodeEvent[], unit: XmlDeclarationUnit, raw: RawUnit) => {
    const bad = utf8.bad.find((byte) => byte.line >= unit.startLine && byte.line <= unit.endLine);
    const at = { position: position++, raw };
    out.push(...(bad === undefined ? safely(spec, unit, at) : [badBytes(bad, at)]));
  };
  const drain = (out: DecodeEvent[]) => {
    for (const unit of units.splice(0)) {
      const body = encoder.encode(text.slice(unit.start - textBase, unit.end - textBase));
      const raw = { body, mediaType: XML_MEDIA_TYPE };
      if (held === undefined && position === 0) held = { unit, raw };
      else {
        if (held !== undefined) release(out, held.unit, held.raw);
        held = undefined;
        input = undefined;
        release(out, unit, raw);
      }
    }
    const keepFrom = Math.min(reader.openUnitStart ?? Infinity, textBase + text.length - 1024);
    if (keepFrom > textBase) {
      text = text.slice(keepFrom - textBase);
      textBase = keepFrom;
    }
  };
  const feed = (chunk: string, out: DecodeEvent[]) => {
    text += chunk;
    for (let i = 0; i < chunk.length; i += 65_536) reader.write(chunk.slice(i, i + 65_536));
    drain(out);
    if (text.length > maxChars && !failed) {
      failed = true;
      out.push(tooLarge(maxChars, position));
    }
  };
  return {
    push(chunk) {
      const out: DecodeEvent[] = [];
      if (failed) return out;
      input?.push(chunk);
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
        const body = input === undefined ? held.raw.body : concatBytes(input);
        release(out, held.unit, { body, mediaType: XML_MEDIA_TYPE });
      }
      out.push(...closing(reader, { spec, bad: utf8.bad, position }));
      return out;
    },
  };
}

/** A mapper bug must not crash a batch: it becomes a problem naming the message. */
function safely(spec: XmlUnitSpec, unit: XmlDeclarationUnit, at: UnitPlace): DecodeEvent[] {
  try {
    return spec.decode(unit, at);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return [
      decodeProblem('wco-xml', 'schema-violation', {
        message: `<${unit.declaration.name}> at line ${unit.startLine} could not be read: ${why}`,
        line: unit.startLine,
        element: unit.declaration.name,
        position: at.position,
        raw: at.raw,
      }),
    ];
  }
}

function badBytes(bad: BadByte, at: UnitPlace): DecodeProblem {
  return decodeProblem('wco-xml', 'bad-encoding', {
    message: `XML message ${at.position}: ${bad.description}`,
    line: bad.line,
    position: at.position,
    raw: at.raw,
  });
}

function tooLarge(maxChars: number, position: number): DecodeProblem {
  return decodeProblem('wco-xml', 'too-large', {
    message: `an XML message is larger than ${maxChars} characters: split the batch into smaller files`,
    position,
  });
}

/** After the last byte: a well-formedness error, or why a well-formed input held no message. */
function closing(
  reader: XmlDocumentReader,
  at: { spec: XmlUnitSpec; bad: readonly BadByte[]; position: number },
): DecodeProblem[] {
  if (reader.error !== undefined) {
    const { line, column, message } = reader.error;
    return [
      decodeProblem('wco-xml', 'not-well-formed', {
        message: `the XML is not well-formed at line ${line}, column ${column}: ${message}`,
        line,
        column,
        position: at.position,
      }),
    ];
  }
  if (reader.declarationsSeen > 0) return [];
  if (at.bad.length > 0) {
    return [
      decodeProblem('wco-xml', 'bad-encoding', { message: `XML: ${at.bad[0]!.description}`, line: at.bad[0]!.line }),
    ];
  }
  const root = reader.root;
  if (root === undefined)
    return [decodeProblem('wco-xml', 'empty-input', { message: 'the XML input has no root element: it is empty' })];
  return [
    decodeProblem('wco-xml', 'unexpected-element', {
      message: `the XML root element is <${root.name}>${root.namespace ? ` (namespace ${root.namespace})` : ''}: expected ${at.spec.expected}`,
      element: root.name,
      line: 1,
    }),
  ];
}
