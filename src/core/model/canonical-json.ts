/**
 * JSON Canonicalization Scheme (RFC 8785): object keys sorted by UTF-16 code units,
 * no insignificant whitespace, numbers in ECMAScript shortest form (which is what
 * `JSON.stringify` emits for finite numbers). `undefined` members are dropped, as
 * `JSON.stringify` does, so optional fields left unset do not change the hash.
 *
 * It runs once per ingested declaration (the content hash), hence the plain loops and
 * the sort only when keys are not already in order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return primitive(value);
  if (Array.isArray(value)) return array(value);
  return object(value as Record<string, unknown>);
}

function array(values: readonly unknown[]): string {
  let out = '[';
  for (let index = 0; index < values.length; index++) {
    if (index > 0) out += ',';
    const element = values[index];
    out += element === undefined ? 'null' : canonicalJson(element);
  }
  return `${out}]`;
}

function object(record: Record<string, unknown>): string {
  const keys = sortedKeys(record);
  let out = '{';
  let first = true;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const member = record[key];
    if (member === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
    first = false;
  }
  return `${out}}`;
}

function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  for (let index = 1; index < keys.length; index++) {
    if (keys[index - 1]! > keys[index]!) return keys.sort();
  }
  return keys;
}

function primitive(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`canonical JSON cannot represent ${String(value)}`);
  }
  if (typeof value === 'bigint') throw new TypeError('canonical JSON cannot represent a bigint');
  return JSON.stringify(value) ?? 'null';
}
