/** The XML message families Tamga reads, told apart by their first decisive element. */
export type XmlMessageFamily = 'wco-declaration' | 'wco-notification' | 'eu-ics-ens' | 'eu-ics-response' | 'ncts';

export interface DetectedXmlMessage {
  family: XmlMessageFamily;
  /** Local name of the element that decided (`Declaration`, `Response`, `CC315A`, `CC015C`). */
  element: string;
  /** Its namespace, when declared on it (notifications mostly have none). */
  namespace?: string;
}

const START_TAG = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s+[^\s=>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const COMMENT_OR_PI = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>/g;

/**
 * Which family an XML input belongs to, from its head: wrappers (`MetaData`, a batch element)
 * are skipped until an element names the message: `Declaration` (WCO DEC), `Response` (WCO
 * RES notification), `CC3nnA` (EU ICS1), `CCnnnC` (NCTS phase 5), `SuccessResponse` /
 * `ErrorResponse` (ICS entry point answers). `undefined` while the head decides nothing yet.
 */
export function detectXmlMessage(head: string): DetectedXmlMessage | undefined {
  const text = stripOpenComment(head.replace(COMMENT_OR_PI, ''));
  // Declarations seen on the way down; a sniff of the head does not need exact scoping.
  const namespaces = new Map<string, string>();
  for (const match of text.matchAll(START_TAG)) {
    for (const declared of (match[3] ?? '').matchAll(XMLNS))
      namespaces.set(declared[1] ?? '', declared[2] ?? declared[3] ?? '');
    const element = match[2]!;
    const family = familyOf(element);
    if (family === undefined) continue;
    const namespace = namespaces.get(match[1]?.slice(0, -1) ?? '');
    return namespace === undefined || namespace === '' ? { family, element } : { family, element, namespace };
  }
  return undefined;
}

const XMLNS = /(?:^|\s)xmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function familyOf(element: string): XmlMessageFamily | undefined {
  if (element === 'Declaration') return 'wco-declaration';
  if (element === 'Response') return 'wco-notification';
  if (/^CC3\d\dA$/.test(element)) return 'eu-ics-ens';
  if (/^C[CD]\d{3}[CD]$/.test(element)) return 'ncts';
  if (element === 'SuccessResponse' || element === 'ErrorResponse') return 'eu-ics-response';
  return undefined;
}

/** A comment still open at the end of the head hides nothing decisive before it. */
function stripOpenComment(text: string): string {
  const open = text.lastIndexOf('<!--');
  return open >= 0 && text.indexOf('-->', open) < 0 ? text.slice(0, open) : text;
}
