import { SaxesParser } from 'saxes';

/** The part of an XML element the directory compiler reads: name, attributes, child elements. */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

/** Parses a whole XML document into element nodes (text content is not needed for the UNTDID XML). */
export function parseXmlTree(xml: string): XmlNode {
  const parser = new SaxesParser();
  const root: XmlNode = { name: '#document', attributes: {}, children: [] };
  const stack: XmlNode[] = [root];
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
    };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  const top = root.children[0];
  if (!top) throw new Error('empty XML document');
  return top;
}
