/** A light XML element: local names only (namespace-tolerant), text trimmed, position kept. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  column: number;
  parent?: XmlElement;
  /** Set when a mapper read the element (for the unmapped-paths report). */
  used: boolean;
  usedAttributes?: Set<string>;
}

export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** `Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity` for an element. */
export function xpathOf(element: XmlElement): string {
  const names: string[] = [];
  for (let node: XmlElement | undefined = element; node !== undefined; node = node.parent) names.push(node.name);
  return names.reverse().join('/');
}

/** Leaf elements and attributes no mapper read, as xpaths, each once, in document order. */
export function unreadPaths(root: XmlElement): string[] {
  const found = new Set<string>();
  const visit = (element: XmlElement): void => {
    const path = xpathOf(element);
    for (const name of Object.keys(element.attributes)) {
      if (IGNORED_ATTRIBUTE.test(name) || element.usedAttributes?.has(name)) continue;
      found.add(`${path}/@${name}`);
    }
    if (element.children.length === 0) {
      if (!element.used && element.text !== '') found.add(path);
      return;
    }
    element.children.forEach(visit);
  };
  visit(root);
  return [...found];
}

const IGNORED_ATTRIBUTE = /^(xmlns(:.*)?|schemaLocation|noNamespaceSchemaLocation|type|nil)$/;
