import type { Declaration } from '../model/declaration-schema.js';
import type { DeclarationStore } from '../ports/declaration-store.js';
import type { MessageStore } from '../ports/message-store.js';
import { lrnKey } from './declaration-identity.js';

/** Where customs' answers link an MRN to the filer's LRN: the DMS notifications in the message store. */
export type MrnLinks = Pick<MessageStore, 'lrnsForMrn'>;

/** The stored declaration an amendment names, by its key and id. */
export interface OriginalRef {
  key: string;
  id: string;
}

/**
 * The original of an amendment that names it only by MRN. A declaration stored before customs
 * accepted it carries no MRN; the acceptance notification (DMSACC: LRN + MRN) makes the link.
 * The amendment's declarant and the linked LRN give the original's key; failing that, an LRN
 * held by exactly one declaration (two declarants may use the same LRN: then nothing is guessed).
 */
export async function findOriginal(
  deps: { store: DeclarationStore; mrnLinks?: MrnLinks | undefined },
  amendment: { declaration: Declaration; mrn: string },
): Promise<OriginalRef | undefined> {
  const { store, mrnLinks } = deps;
  const byMrn = (await store.query({ mrn: amendment.mrn, limit: 1 })).items[0];
  if (byMrn) return byMrn;
  if (!mrnLinks) return undefined;
  const declarant = amendment.declaration.parties.declarant?.id?.trim() ?? '';
  for (const lrn of await mrnLinks.lrnsForMrn(amendment.mrn)) {
    const key = lrnKey(declarant, lrn);
    const same = (await store.findByKeys([key])).get(key);
    if (same) return { key, id: same.id };
    const holders = (await store.query({ lrn, limit: 2 })).items;
    if (holders.length === 1) return holders[0];
  }
  return undefined;
}
