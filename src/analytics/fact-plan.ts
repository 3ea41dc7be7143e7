import type { FilerRole } from '../core/ports/analytics-store.js';
import { toDeclarationFact, type DeclarationFact, type VersionRow } from './declaration-fact.js';

/** What the analytics tables hold of a declaration before a batch is folded in. */
export interface ExistingFact {
  version: number;
  declarantId: string;
  importerId: string;
  qualityScore: number;
  hasError: boolean;
  ecommerce: boolean;
}

/** What one declaration adds to its filers' sums. */
type FilerShare = Pick<ExistingFact, 'qualityScore' | 'hasError' | 'ecommerce'>;

/** Changes to a filer's store-wide sums (`analytics_filers`). */
export interface FilerDelta {
  role: FilerRole;
  filer: string;
  delta: number;
  scoreSum: number;
  withErrors: number;
  ecommerce: number;
}

/** The writes one catch-up batch makes, the same on every engine. */
export interface FactPlan {
  facts: DeclarationFact[];
  filerDeltas: FilerDelta[];
}

/**
 * Keeps the newest version of each declaration (a batch may hold several), drops versions
 * older than what is already folded in, and counts filers: a new declaration adds one to its
 * declarant and importer, an amendment takes its old version's share off and adds its own.
 */
export function planFacts(rows: readonly VersionRow[], existing: ReadonlyMap<string, ExistingFact>): FactPlan {
  const newest = new Map<string, VersionRow>();
  for (const row of rows) {
    const seen = newest.get(row.id);
    if (!seen || seen.version < row.version) newest.set(row.id, row);
  }
  const facts: DeclarationFact[] = [];
  const deltas = new Map<string, FilerDelta>();
  const move = (role: FilerRole, filer: string, change: { sign: number; fact: FilerShare }) => {
    const { sign, fact } = change;
    const key = `${role}\u0000${filer}`;
    const entry = deltas.get(key) ?? { role, filer, delta: 0, scoreSum: 0, withErrors: 0, ecommerce: 0 };
    entry.delta += sign;
    entry.scoreSum += sign * fact.qualityScore;
    entry.withErrors += sign * (fact.hasError ? 1 : 0);
    entry.ecommerce += sign * (fact.ecommerce ? 1 : 0);
    deltas.set(key, entry);
  };
  for (const row of newest.values()) {
    const before = existing.get(row.id);
    if (before && before.version > row.version) continue;
    const fact = toDeclarationFact(row);
    facts.push(fact);
    if (before) {
      move('declarant', before.declarantId, { sign: -1, fact: before });
      move('importer', before.importerId, { sign: -1, fact: before });
    }
    move('declarant', fact.declarantId, { sign: 1, fact });
    move('importer', fact.importerId, { sign: 1, fact });
  }
  return {
    facts,
    filerDeltas: [...deltas.values()].filter(
      (entry) => entry.delta !== 0 || entry.scoreSum !== 0 || entry.withErrors !== 0 || entry.ecommerce !== 0,
    ),
  };
}
