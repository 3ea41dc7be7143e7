import type { FieldTrie } from './field-path.js';

type Json = unknown;

const isPlainObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Copies exactly the granted fields of `value`. Deny by default: a member the trie does not
 * name is dropped, and so is an array reached without `[]` or an object reached with it.
 * Objects left empty are dropped; array elements are kept (positions carry meaning).
 */
export function projectFields(value: Json, trie: FieldTrie): Json {
  if (trie.all) return structuredCopy(value);
  if (!isPlainObject(value)) return undefined;
  const out: Record<string, Json> = {};
  for (const [key, child] of trie.children) {
    if (!Object.hasOwn(value, key)) continue;
    const projected = projectMember(value[key], child);
    if (projected !== undefined) out[key] = projected;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function projectMember(value: Json, node: FieldTrie): Json {
  if (Array.isArray(value) !== node.array) return undefined;
  if (!Array.isArray(value)) return projectFields(value, node);
  if (node.all) return structuredCopy(value);
  return value.map((element) => projectFields(element, node) ?? {});
}

function structuredCopy(value: Json): Json {
  if (Array.isArray(value)) return value.map(structuredCopy);
  if (isPlainObject(value)) {
    const out: Record<string, Json> = {};
    for (const [key, member] of Object.entries(value)) out[key] = structuredCopy(member);
    return out;
  }
  return value;
}

/**
 * Concrete paths in `value` that the trie does not grant (`goodsItems[0].netMassKg`), for
 * checking what a member sends in. Empty when everything is inside the agreement.
 */
export function fieldsOutside(value: Json, trie: FieldTrie, prefix = ''): string[] {
  if (trie.all) return [];
  if (!isPlainObject(value)) return prefix === '' ? ['(root)'] : [prefix];
  const outside: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const child = trie.children.get(key);
    if (!child || Array.isArray(member) !== child.array) {
      outside.push(path);
      continue;
    }
    if (!Array.isArray(member)) outside.push(...fieldsOutside(member, child, path));
    else if (!child.all)
      member.forEach((element, index) => outside.push(...fieldsOutside(element, child, `${path}[${index}]`)));
  }
  return outside;
}
