import type {
  CodeLists,
  CompiledDirectory,
  CompositeDefinition,
  ElementDefinition,
  ElementUse,
  MessageStructures,
  NamedCodeLists,
  SegmentDirectory,
  StructureNode,
} from '../directory-types.js';
import { parseXmlTree, type XmlNode } from './xml-tree.js';

/** The UNTDID XML files the bundled directory is compiled from. */
export interface DirectorySources {
  /** Release of the segment and code files (`D96B`). */
  release: string;
  segmentsXml: string;
  codesXml: string;
  serviceCodesXml: string;
  /** Message structure files of any release; each names its type and release in `<defaults>`. */
  messageXmls: string[];
}

export function compileDirectory(sources: DirectorySources): CompiledDirectory {
  return {
    segments: compileSegments(sources.release, parseXmlTree(sources.segmentsXml)),
    codes: compileCodes(parseXmlTree(sources.codesXml)),
    serviceCodes: compileNamedCodes(parseXmlTree(sources.serviceCodesXml)),
    messages: compileMessages(sources.messageXmls.map(parseXmlTree)),
  };
}

/** Words the XML glued together where the UNTDID names have a slash (`Document/message`). */
const GLUED: Record<string, string> = {
  allowancecharge: 'allowance/charge',
  characteristicclass: 'characteristic/class',
  chargeallowance: 'charge/allowance',
  commodityrate: 'commodity/rate',
  containerpackage: 'container/package',
  datetimeperiod: 'date/time/period',
  documentmessage: 'document/message',
  placelocation: 'place/location',
  prepaidcollect: 'prepaid/collect',
  productservice: 'product/service',
  requestnotification: 'request/notification',
  requirementcondition: 'requirement/condition',
  sectorsubject: 'sector/subject',
  substanceitempage: 'substance/item/page',
  unitcomponent: 'unit/component',
};

/** `monetaryAmountTypeQualifier` → `monetary amount type qualifier`. */
function humanize(name: string | undefined): string {
  return (name ?? '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((word) => GLUED[word] ?? word)
    .join(' ');
}

function representation(node: XmlNode): string {
  const type = node.attributes.type ?? 'an';
  const fixed = node.attributes.length;
  return fixed ? `${type}${fixed}` : `${type}..${node.attributes.maxlength ?? '35'}`;
}

const use = (node: XmlNode): ElementUse => [attr(node, 'id'), node.attributes.required === 'true' ? 1 : 0];

function attr(node: XmlNode, name: string): string {
  const value = node.attributes[name];
  if (value === undefined) throw new Error(`<${node.name}> without ${name}`);
  return value;
}

function compileSegments(release: string, root: XmlNode): SegmentDirectory {
  const directory: SegmentDirectory = { release, segments: {}, composites: {}, elements: {} };
  const defineElement = (node: XmlNode) => {
    const definition: ElementDefinition = { name: humanize(node.attributes.name), repr: representation(node) };
    const id = attr(node, 'id');
    const known = directory.elements[id];
    if (known && known.repr !== definition.repr) throw new Error(`element ${id} defined twice differently`);
    directory.elements[id] = definition;
  };
  for (const segment of root.children) {
    const elements: ElementUse[] = [];
    for (const child of segment.children) {
      elements.push(use(child));
      if (child.name === 'composite_data_element') {
        child.children.forEach(defineElement);
        const composite: CompositeDefinition = {
          name: humanize(child.attributes.name),
          components: child.children.map(use),
        };
        directory.composites[attr(child, 'id')] = composite;
      } else {
        defineElement(child);
      }
    }
    directory.segments[attr(segment, 'id')] = { name: humanize(segment.attributes.name), elements };
  }
  return directory;
}

function compileCodes(root: XmlNode): CodeLists {
  const lists: CodeLists = {};
  for (const element of root.children) {
    lists[attr(element, 'id')] = [...new Set(element.children.map((code) => attr(code, 'id')))];
  }
  return lists;
}

function compileNamedCodes(root: XmlNode): NamedCodeLists {
  const lists: NamedCodeLists = {};
  for (const element of root.children) {
    const codes: Record<string, string> = {};
    for (const code of element.children) codes[attr(code, 'id')] = code.attributes.desc ?? '';
    lists[attr(element, 'id')] = codes;
  }
  return lists;
}

function compileMessages(roots: XmlNode[]): MessageStructures {
  const structures: MessageStructures = {};
  for (const root of roots) {
    const defaults = new Map(
      (root.children.find((child) => child.name === 'defaults')?.children ?? []).map((d) => [
        attr(d, 'id'),
        attr(d, 'value'),
      ]),
    );
    const key = ['0065', '0052', '0054'].map((id) => defaults.get(id) ?? '?').join(':');
    structures[key] = compileNodes(root.children.filter((child) => child.name !== 'defaults'));
  }
  return structures;
}

function compileNodes(nodes: XmlNode[]): StructureNode[] {
  return nodes.map((node): StructureNode => {
    const mandatory = node.attributes.required === 'true' ? 1 : 0;
    const max = Number(node.attributes.maxrepeat ?? '1');
    if (node.name === 'group') return [attr(node, 'id'), mandatory, max, compileNodes(node.children)];
    return [attr(node, 'id'), mandatory, max];
  });
}
