import type { FilerRole } from '../core/ports/analytics-store.js';
import { toDeclarationFact, type DeclarationFact, type VersionRow } from './declaration-fact.js';

/** What the analytics tables hold of a declaration before a batch is folded in. */
export interface ExistingFact {
  version: number;
  declarantId: string;
  importerId: string;
}

export interface FilerDelta {
  role: FilerRole;
  filer: string;
  delta: number;
}

/** The writes one catch-up batch makes, the same on every engine. */
export interface FactPlan {
  facts: DeclarationFact[];
  filerDeltas: FilerDelta[];
}

/**
 * Keeps the newest version of each declaration (a batch may hold several), drops versions
 * older than what is already folded in, and counts filers: a new declaration adds one to its
 * declarant and importer, an amendment that changes a filer moves the count.
 */
export function planFacts(rows: readonly VersionRow[], existing: ReadonlyMap<string, ExistingFact>): FactPlan {
  const newest = new Map<string, VersionRow>();
  for (const row of rows) {
    const seen = newest.get(row.id);
    if (!seen || seen.version < row.version) newest.set(row.id, row);
  }
  const facts: DeclarationFact[] = [];
  const deltas = new Map<string, FilerDelta>();
  const move = (role: FilerRole, filer: string, delta: number) => {
    const key = `${role}\u0000${filer}`;
    const entry = deltas.get(key) ?? { role, filer, delta: 0 };
    entry.delta += delta;
    deltas.set(key, entry);
  };
  for (const row of newest.values()) {
    const before = existing.get(row.id);
    if (before && before.version > row.version) continue;
    const fact = toDeclarationFact(row);
    facts.push(fact);
    if (before) {
      move('declarant', before.declarantId, -1);
      move('importer', before.importerId, -1);
    }
    move('declarant', fact.declarantId, 1);
    move('importer', fact.importerId, 1);
  }
  return { facts, filerDeltas: [...deltas.values()].filter((entry) => entry.delta !== 0) };
}
