/** Text or attribute value escaped for XML. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** `<name>text</name>` when the value is present, nothing otherwise. */
export function element(name: string, value: string | number | undefined): string {
  return value === undefined ? '' : `<${name}>${escapeXml(String(value))}</${name}>`;
}

/**
 * WCO date-time format 304 (`CCYYMMDDHHMMSS` + zone), in UTC: what HMRC's notifications carry.
 * Accepts an ISO 8601 string or a Date; `undefined` for something that is not a date.
 */
export function format304(value: string | Date): string | undefined {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return undefined;
  return `${date.toISOString().slice(0, 19).replace(/[-:T]/g, '')}Z`;
}
