import type { Declaration } from '../model/declaration-schema.js';
import type { Agreement } from './agreement.js';
import { compileAllowList, type FieldTrie } from './field-path.js';
import { projectFields } from './projection.js';
import { itemsInScope } from './scope.js';

const tries = new WeakMap<Agreement, FieldTrie>();

function trieOf(agreement: Agreement): FieldTrie {
  let trie = tries.get(agreement);
  if (!trie) {
    trie = compileAllowList(agreement.fields).trie;
    tries.set(agreement, trie);
  }
  return trie;
}

/**
 * Applies an agreement to a declaration: only the goods items in its scope, and of those
 * and of the header only the fields it allows. Undefined when nothing may be shared.
 */
export function projectDeclaration(
  declaration: Declaration,
  agreement: Agreement,
): Record<string, unknown> | undefined {
  const items = itemsInScope(declaration, agreement.scope);
  if (!items) return undefined;
  const scoped: Declaration = { ...declaration, goodsItems: items };
  return projectFields(scoped, trieOf(agreement)) as Record<string, unknown> | undefined;
}
