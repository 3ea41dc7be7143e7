import type { Declaration } from '../../model/declaration-schema.js';
import type { DecisionSubject } from '../../ports/risk-decision-store.js';

/** What a queue shows of a declaration without opening it: references, traders, first goods item. */
export function decisionSubject(declaration: Declaration): DecisionSubject {
  const item = declaration.goodsItems[0];
  const hs = item?.classifications.find((c) => c.identificationTypeCode !== 'TRA') ?? item?.classifications[0];
  const subject: DecisionSubject = {};
  if (declaration.functionalReferenceId) subject.lrn = declaration.functionalReferenceId;
  if (declaration.parties.importer?.id) subject.importerId = declaration.parties.importer.id;
  if (declaration.parties.declarant?.id) subject.declarantId = declaration.parties.declarant.id;
  if (hs?.id) subject.hsCode = hs.id;
  if (item?.originCountryCode) subject.originCountryCode = item.originCountryCode;
  return subject;
}
