import type { Declaration } from '../core/model/declaration-schema.js';

/**
 * A copy of a sample declaration standing for another shipment (replica `r` ≥ 1): new
 * declaration id, importer and seller ids (so that names differ too), same goods and values.
 * Scales the 45,519 sample declarations to the million a benchmark needs, keeping their skew.
 */
export function replicateImport(declaration: Declaration, replica: number): Declaration {
  if (replica === 0) return declaration;
  const suffix = `R${replica}`;
  const parties = { ...declaration.parties };
  if (parties.importer?.id) parties.importer = { ...parties.importer, id: `${parties.importer.id}${suffix}` };
  if (parties.seller?.id) parties.seller = { ...parties.seller, id: `${parties.seller.id}${suffix}` };
  return { ...declaration, functionalReferenceId: `${declaration.functionalReferenceId ?? ''}${suffix}`, parties };
}
