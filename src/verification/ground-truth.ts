/** What the generator did, so that an evaluation can score what the checks found. */
export interface GroundTruth {
  /** Partner export id → the id of our import it stands for. */
  pairs: Map<string, string>;
  /** Partner exports whose import was removed from our side (goods that entered undeclared). */
  exportsWithoutImport: Set<string>;
  /** Our imports with no partner export (the partner does not share it). */
  importsWithoutExport: Set<string>;
  /** Import id → factor by which the partner's value exceeds ours (1.5 = we saw a third less). */
  underValued: Map<string, number>;
  /** Import id → where the partner's commodity code differs (6 = subheading, 4 = heading). */
  misclassified: Map<string, '6' | '4'>;
  /** Import id → days by which the partner's export date was moved beyond the normal voyage. */
  shiftedDays: Map<string, number>;
  /** Partner exports stripped of UCR, transport document and containers. */
  referencesRemoved: Set<string>;
  /** Transport documents of cargo reported on a manifest with no declaration of ours. */
  undeclaredCargo: Set<string>;
}

export function emptyGroundTruth(): GroundTruth {
  return {
    pairs: new Map(),
    exportsWithoutImport: new Set(),
    importsWithoutExport: new Set(),
    underValued: new Map(),
    misclassified: new Map(),
    shiftedDays: new Map(),
    referencesRemoved: new Set(),
    undeclaredCargo: new Set(),
  };
}

/** Our imports that have a partner export and no injected discrepancy: where any alarm is false. */
export function cleanImports(truth: GroundTruth): Set<string> {
  const clean = new Set<string>();
  for (const importId of truth.pairs.values()) {
    if (!truth.underValued.has(importId) && !truth.misclassified.has(importId)) clean.add(importId);
  }
  return clean;
}
