import type { NewDeclarationVersion } from '../core/ports/declaration-store.js';

/** The text stored for a declaration: the caller's canonical JSON when given (no second serialisation). */
export function declarationText(record: NewDeclarationVersion): string {
  return record.canonicalJson ?? JSON.stringify(record.declaration);
}
