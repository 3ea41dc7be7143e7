import type { Declaration } from '../core/model/declaration-schema.js';

/** Postal consignments (UN/ECE Rec. 19 code 5; the Korean data's national code 50). */
const POSTAL_MODES = new Set(['5', '50']);
/** Declaration types for low-value e-commerce consignments (the EU H7 data set). */
const ECOMMERCE_TYPES = /^H7/;

/**
 * Whether a declaration looks like e-commerce: sent by post, carried by an express courier
 * (a courier is named), or filed with a low-value e-commerce declaration type. The filers
 * behind such declarations are often occasional, and the quality view singles them out.
 */
export function isEcommerce(declaration: Declaration): boolean {
  if (declaration.typeCode && ECOMMERCE_TYPES.test(declaration.typeCode)) return true;
  const mode = declaration.transport?.border?.modeCode?.trim();
  if (mode && POSTAL_MODES.has(mode)) return true;
  return Boolean(declaration.parties.carrier?.id?.trim());
}
