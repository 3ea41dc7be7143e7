import { DeclarationSchema } from './declaration-schema.js';
import type { Pointer, PointerSection } from './finding.js';

/**
 * WCO DEC-DMS class IDs by element name. In the WCO_DEC_2_DMS element tree a class name has
 * the same ID wherever it occurs (Address is 04A under every party), so the name is enough.
 */
const CLASS_IDS = new Map(
  (
    'Declaration:42A Authentication:61B Authenticator:12A Submitter:17B Address:04A AdditionalDocument:02A ' +
    'AdditionalInformation:03A Pointer:97A Agent:05A Amendment:06A AuthorisationHolder:17C ' +
    'BorderTransportMeans:15A Consignment:28A Carrier:18A Communication:25A ConsignmentItem:29A Consignor:30A ' +
    'Freight:62A Itinerary:81A CurrencyExchange:40A Declarant:57B Contact:34A ExitOffice:56A Exporter:57A ' +
    'GoodsShipment:67A AEOMutualRecognitionParty:16C Buyer:16A Consignee:27A ArrivalTransportMeans:10A ' +
    'DepartureTransportMeans:46A GoodsLocation:64A LoadingLocation:83A TransportEquipment:31B Seal:44B ' +
    'CustomsValuation:41A ChargeDeduction:58B Destination:99B DomesticDutyTaxParty:55B ExportCountry:95B ' +
    'GovernmentAgencyGoodsItem:68A WriteOff:22C Commodity:23A Classification:21A DangerousGoods:12C ' +
    'DutyTaxFee:50A Payment:94A GoodsMeasure:65A InvoiceLine:79A GovernmentProcedure:70A Origin:92A ' +
    'Packaging:93A PreviousDocument:99A Seller:09B UCR:35B ValuationAdjustment:39B Importer:74A Invoice:78A ' +
    'Payer:56B Surety:19B TradeTerms:22B Warehouse:43B ObligationGuarantee:90A GuaranteeOffice:14C ' +
    'PresentationOffice:15C SupervisingOffice:97B'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  'x-wco-id'?: string;
  'x-wco-xpath'?: string;
}

/** A path pattern resolved once: the sequence of a class comes from the n-th index of the path. */
interface ResolvedPattern {
  wcoId: string;
  xpath: string;
  sections: { classId: string; indexSlot?: number }[];
}

const MAX_CACHED = 20_000;
const byPath = new Map<string, Pointer>();
const byPattern = new Map<string, ResolvedPattern>();
const INDEX = /\[(\d*)\]/g;

/**
 * The WCO pointer of a canonical path such as `goodsItems[2].classifications[0].id`: element 145,
 * its DEC-DMS xpath, and the class chain 42A → 67A → 68A (sequence 3) → 23A → 21A (sequence 1),
 * as a WCO Response Error/Pointer names it. `[]` without a number stands for any index. A path
 * that leaves the schema resolves to its deepest known element. Results are cached and frozen.
 */
export function pointerFor(path: string): Pointer {
  const cached = byPath.get(path);
  if (cached) return cached;
  const indices: (number | undefined)[] = [];
  const pattern = path.replace(INDEX, (_match, digits: string) => {
    indices.push(digits === '' ? undefined : Number(digits));
    return '[]';
  });
  let resolved = byPattern.get(pattern);
  if (!resolved) {
    resolved = resolvePattern(pattern);
    byPattern.set(pattern, resolved);
  }
  const sections = resolved.sections.map(({ classId, indexSlot }): PointerSection => {
    const index = indexSlot === undefined ? undefined : indices[indexSlot];
    return Object.freeze(index === undefined ? { classId } : { classId, sequence: index + 1 });
  });
  const pointer = Object.freeze({
    path,
    wcoId: resolved.wcoId,
    xpath: resolved.xpath,
    sections: Object.freeze(sections),
  });
  if (byPath.size >= MAX_CACHED) byPath.clear();
  byPath.set(path, pointer as Pointer);
  return pointer as Pointer;
}

function resolvePattern(pattern: string): ResolvedPattern {
  let node: SchemaNode | undefined = DeclarationSchema as unknown as SchemaNode;
  let xpath = 'Declaration';
  let wcoId = '42A';
  /** Resolved xpath of each indexed array, by index slot. */
  const arrays: string[] = [];
  for (const step of pattern.split('.').flatMap(splitIndexSteps)) {
    if (step === '[]') {
      arrays.push(xpath);
      node = node.items;
    } else node = node.properties?.[step] ?? firstValue(node.patternProperties);
    if (!node) break;
    const nodeXpath = node['x-wco-xpath'];
    if (nodeXpath) {
      xpath = resolveXpath(nodeXpath, xpath);
      wcoId = node['x-wco-id'] ?? wcoId;
    }
  }
  return { wcoId, xpath, sections: classChain(xpath, arrays) };
}

/** `goodsItems[]` → `goodsItems`, `[]`. */
function splitIndexSteps(part: string): string[] {
  const steps: string[] = [];
  let name = part;
  while (name.endsWith('[]')) {
    steps.unshift('[]');
    name = name.slice(0, -2);
  }
  return name ? [name, ...steps] : steps;
}

function firstValue(record: Record<string, SchemaNode> | undefined): SchemaNode | undefined {
  return record ? Object.values(record)[0] : undefined;
}

/**
 * Shared sub-schemas carry relative xpaths (`Address/Line`, `Document/TypeCode`): they hang
 * under the enclosing element, and `Document` stands for whichever document class encloses it.
 */
function resolveXpath(nodeXpath: string, context: string): string {
  if (nodeXpath === 'Declaration' || nodeXpath.startsWith('Declaration/')) return nodeXpath;
  const slash = nodeXpath.indexOf('/');
  const first = slash < 0 ? nodeXpath : nodeXpath.slice(0, slash);
  const rest = slash < 0 ? '' : nodeXpath.slice(slash);
  const enclosing = context.slice(context.lastIndexOf('/') + 1);
  return enclosing.endsWith(first) ? context + rest : `${context}/${nodeXpath}`;
}

/**
 * Classes along the xpath, outermost first. A repeated element gives its sequence to the
 * nearest class at or above it (a seal number repeats its Seal class).
 */
function classChain(xpath: string, arrays: string[]): ResolvedPattern['sections'] {
  const segments = xpath.split('/');
  const sections: ResolvedPattern['sections'] = [];
  const prefixes: string[] = [];
  for (let length = 1; length <= segments.length; length++) {
    const classId = CLASS_IDS.get(segments[length - 1]!);
    if (!classId) continue;
    sections.push({ classId });
    prefixes.push(segments.slice(0, length).join('/'));
  }
  arrays.forEach((arrayXpath, slot) => {
    for (let index = prefixes.length - 1; index >= 0; index--) {
      const prefix = prefixes[index]!;
      if (arrayXpath === prefix || arrayXpath.startsWith(`${prefix}/`)) {
        if (sections[index]!.indexSlot === undefined) sections[index]!.indexSlot = slot;
        break;
      }
    }
  });
  return sections;
}
