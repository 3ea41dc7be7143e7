import { escapeXml } from '../wco-response/xml-text.js';

/** Written XML of one element, or `''` when it would be empty (WCO has no empty elements). */
export type Xml = string;

type Value = string | number | undefined;

/** `<name attr="..">text</name>`; `''` when the value is absent and no attribute is set. */
export function leaf(name: string, value: Value, attributes: Record<string, Value> = {}): Xml {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, attr]) => ` ${key}="${escapeXml(text(attr))}"`)
    .join('');
  if (value === undefined) return attrs === '' ? '' : `<${name}${attrs}/>`;
  return `<${name}${attrs}>${escapeXml(text(value))}</${name}>`;
}

/** `<name>children</name>`; `''` when every child is empty. */
export function node(name: string, ...children: Xml[]): Xml {
  const inner = children.join('');
  return inner === '' ? '' : `<${name}>${inner}</${name}>`;
}

function text(value: string | number): string {
  return typeof value === 'number' ? decimalText(value) : value;
}

/**
 * A number as plain decimal text, never in exponent form (`1e-7` → `0.0000001`): WCO decimals
 * have no exponent. The digits are JavaScript's shortest round-trip digits, so reading the text
 * back gives the same number.
 */
export function decimalText(value: number): string {
  const plain = String(value === 0 ? 0 : value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(plain);
  if (!match) return plain;
  const [, sign, head, tail = '', exponentText] = match;
  const digits = `${head}${tail}`;
  const point = 1 + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * `<name><p1:DateTimeString formatCode="102|304">..</p1:DateTimeString></name>` for an ISO 8601
 * date or date-time (the forms the WCO decoder gives back); other text is written as it is.
 */
export function dateTime(name: string, iso: string | undefined): Xml {
  if (iso === undefined) return '';
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (date) return `<${name}>${leaf('p1:DateTimeString', date.slice(1).join(''), { formatCode: '102' })}</${name}>`;
  const time = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(iso);
  if (time) {
    // The DMS schema takes a zone as Z or ±hh; minutes are written only when they are not 00.
    const zone = time[7] === undefined ? '' : time[7].replace(/:00$/, '').replace(':', '');
    return `<${name}>${leaf('p1:DateTimeString', `${time.slice(1, 7).join('')}${zone}`, { formatCode: '304' })}</${name}>`;
  }
  return leaf(name, iso);
}
