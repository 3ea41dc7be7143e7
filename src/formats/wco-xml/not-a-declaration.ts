import type { DecodeProblem } from '../decode-event.js';
import { decodeProblem } from '../decode-problem.js';
import type { BadByte } from './utf8-stream.js';
import type { XmlDocumentReader } from './xml-document-reader.js';

/** Why a well-formed XML input held no declaration, naming its root element. */
export function notADeclaration(reader: XmlDocumentReader, bad: readonly BadByte[]): DecodeProblem {
  if (bad.length > 0) {
    return decodeProblem('wco-xml', 'bad-encoding', { message: `XML: ${bad[0]!.description}`, line: bad[0]!.line });
  }
  const root = reader.root;
  if (root === undefined) {
    return decodeProblem('wco-xml', 'empty-input', { message: 'the XML input has no root element: it is empty' });
  }
  const namespace = root.namespace === undefined ? '' : ` (namespace ${root.namespace})`;
  const what = reader.sawResponse ? 'a WCO notification (Response), not a declaration' : 'not a WCO DEC declaration';
  return decodeProblem('wco-xml', 'unexpected-element', {
    message: `the XML root element is <${root.name}>${namespace}: ${what}. Expected <MetaData> (urn:wco:datamodel:WCO:DocumentMetaData-DMS:2) wrapping <Declaration> (urn:wco:datamodel:WCO:DEC-DMS:2), a bare <Declaration>, or a wrapper element around several of them.`,
    element: root.name,
    line: 1,
  });
}
