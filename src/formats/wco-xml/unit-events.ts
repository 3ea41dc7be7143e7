import type { DecodeEvent, RawUnit } from '../decode-event.js';
import { decodeProblem } from '../decode-problem.js';
import { checkDeclaration } from '../declaration-check.js';
import { mapDeclaration } from './map-declaration.js';
import type { BadByte } from './utf8-stream.js';
import type { XmlDeclarationUnit } from './xml-document-reader.js';

/** One declaration document → the declaration, or its problems (bad bytes inside it, unreadable values, schema faults). */
export function unitEvents(
  unit: XmlDeclarationUnit,
  at: { position: number; raw: RawUnit; bad: readonly BadByte[]; declaredEncoding?: string },
): DecodeEvent[] {
  const { position, raw } = at;
  const bad = at.bad.find((byte) => byte.line >= unit.startLine && byte.line <= unit.endLine);
  if (bad !== undefined) {
    return [
      decodeProblem('wco-xml', 'bad-encoding', {
        message: `XML declaration ${position}: ${bad.description}${encodingNote(at.declaredEncoding)}`,
        line: bad.line,
        position,
        raw,
      }),
    ];
  }
  const { declaration, faults } = mapDeclaration(unit.declaration);
  if (faults.length > 0) {
    return faults.map((fault) => decodeProblem('wco-xml', fault.code, { ...fault, position, raw }));
  }
  const schemaFaults = checkDeclaration(declaration);
  if (schemaFaults.length > 0) {
    return schemaFaults.map((fault) =>
      decodeProblem('wco-xml', fault.code, {
        message: fault.message,
        element: fault.path,
        position,
        raw,
        line: unit.startLine,
      }),
    );
  }
  return [{ kind: 'declaration', format: 'wco-xml', declaration, position, raw }];
}

/** A document that declares a legacy encoding says why its bytes fail. */
export function encodingNote(declared: string | undefined): string {
  if (declared === undefined || /^utf-?(8|16)$/i.test(declared)) return '';
  return ` The document declares encoding="${declared}"; Tamga reads UTF-8 (or UTF-16 with a byte-order mark).`;
}
