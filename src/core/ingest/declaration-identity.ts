import { canonicalJson } from '../model/canonical-json.js';
import type { Declaration } from '../model/declaration-schema.js';
import type { Sha256 } from '../ports/hasher.js';

/** How a declaration is recognised across submissions. */
export interface DeclarationIdentity {
  /** Idempotency key: the same key is the same declaration (later content becomes a new version). */
  key: string;
  /** Stable id derived from the key, so that a re-run after a crash finds the same ids. */
  id: string;
  /** SHA-256 of `canonicalJson`. */
  contentHash: string;
  /** The RFC 8785 form of the declaration (hashed, and stored as is: no second serialisation). */
  canonicalJson: string;
}

/**
 * The trader's own reference (LRN, WCO D026) is unique per declarant, so declarant + LRN
 * names a declaration across its amendments; failing that the MRN (D014) does; a
 * declaration with neither is only recognisable by its content.
 */
export function identifyDeclaration(declaration: Declaration, sha256: Sha256): DeclarationIdentity {
  const text = canonicalJson(declaration);
  const contentHash = sha256(text);
  const key = keyOf(declaration, contentHash);
  return { key, id: idForKey(key, sha256), contentHash, canonicalJson: text };
}

export function keyOf(declaration: Declaration, contentHash: string): string {
  const lrn = declaration.functionalReferenceId?.trim();
  if (lrn) return lrnKey(declaration.parties.declarant?.id?.trim() ?? '', lrn);
  const mrn = declaration.mrn?.trim();
  if (mrn) return `mrn:${mrn}`;
  return `hash:${contentHash}`;
}

/** The key of a declaration known by declarant and LRN (both trimmed). */
export function lrnKey(declarantId: string, lrn: string): string {
  return `lrn:${declarantId}:${lrn}`;
}

export function idForKey(key: string, sha256: Sha256): string {
  return `dec_${sha256(key).slice(0, 26)}`;
}

/** WCO function code 13: amendment or cancellation of a declaration already lodged. */
export function isAmendment(declaration: Declaration): boolean {
  return declaration.functionCode.trim() === '13';
}
