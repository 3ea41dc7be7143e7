import { itemPath } from '../item-paths.js';
import type { Declaration, GoodsItem } from '../../model/declaration-schema.js';
import type { CodeLists } from '../../reference/code-lists.js';
import { itemLabel } from '../declaration-values.js';
import { capitalise, quoted } from '../plain-text.js';
import type { FindingFacts, ItemRule } from '../rule.js';

export const preferenceWithoutProof: ItemRule<FindingFacts & { value: string; item: string }> = {
  id: 'PREF-NO-PROOF',
  severity: 'warning',
  category: 'preference',
  element: 'goodsItems[].dutyTaxFees[].dutyRegimeCode',
  title: 'Preference claimed with a proof of origin',
  appliesTo: 'goods items that claim a preferential duty rate (duty regime 2xx, 3xx, or F... for Korean FTA rates)',
  scope: 'item',
  message: ({ value, item }) =>
    `${capitalise(item)} claims a preferential (lower) duty rate, ${quoted(value)}, but no proof of origin is attached.`,
  fix: () =>
    'Add the reference of the proof of origin (certificate of origin, EUR.1, or the statement on origin on the invoice), or declare the goods without preference: customs may refuse the lower rate without proof.',
  example: { path: 'goodsItems[0].dutyTaxFees[0].dutyRegimeCode', value: '300', item: 'goods item 1' },
  check(item, index, run) {
    const fees = item.dutyTaxFees;
    if (!fees) return;
    const lists = run.reference.codeLists;
    for (let position = 0; position < fees.length; position++) {
      const regime = fees[position]!.dutyRegimeCode;
      if (regime === undefined || !lists.isPreferentialRegime(regime)) continue;
      if (hasProof(item, run.declaration, lists)) return;
      run.report(preferenceWithoutProof, {
        path: itemPath(
          index,
          position === 0 ? 'dutyTaxFees[0].dutyRegimeCode' : `dutyTaxFees[${position}].dutyRegimeCode`,
        ),
        value: regime,
        item: itemLabel(item, index),
      });
      return;
    }
  },
};

function hasProof(item: GoodsItem, declaration: Declaration, lists: CodeLists): boolean {
  return (
    (item.documents?.some((document) => lists.isOriginProof(document)) ?? false) ||
    (declaration.documents?.some((document) => lists.isOriginProof(document)) ?? false)
  );
}
