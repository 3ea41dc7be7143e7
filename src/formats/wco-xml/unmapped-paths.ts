import { mapDeclaration } from './map-declaration.js';
import { Utf8Stream } from './utf8-stream.js';
import { XmlDocumentReader } from './xml-document-reader.js';
import { unreadPaths } from './xml-element.js';

/**
 * Debug helper: the xpaths (elements and attributes) in a WCO XML message that the decoder
 * read into nothing, each once. What the canonical model does not carry shows up here rather
 * than being dropped silently.
 */
export function listUnmappedXmlPaths(bytes: Uint8Array): string[] {
  const found = new Set<string>();
  const reader = new XmlDocumentReader((unit) => {
    mapDeclaration(unit.declaration);
    for (const path of unreadPaths(unit.declaration)) found.add(path);
  });
  const utf8 = new Utf8Stream();
  reader.write(utf8.push(bytes) + utf8.end());
  reader.close();
  return [...found];
}
