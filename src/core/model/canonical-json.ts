/**
 * JSON Canonicalization Scheme (RFC 8785): object keys sorted by UTF-16 code units,
 * no insignificant whitespace, numbers in ECMAScript shortest form (which is what
 * `JSON.stringify` emits for finite numbers). `undefined` members are dropped, as
 * `JSON.stringify` does, so optional fields left unset do not change the hash.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return primitive(value);
  if (Array.isArray(value)) {
    return `[${value.map((element) => (element === undefined ? 'null' : canonicalJson(element))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
  }
  return `{${members.join(',')}}`;
}

function primitive(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`canonical JSON cannot represent ${String(value)}`);
  }
  if (typeof value === 'bigint') throw new TypeError('canonical JSON cannot represent a bigint');
  return JSON.stringify(value) ?? 'null';
}
