import { hsEditionYear } from '../../reference/hs-version.js';
import { hsCodeOf, itemLabel, present } from '../declaration-values.js';
import { capitalise as capital, describeCodes } from '../plain-text.js';
import { itemPath } from '../item-paths.js';
import type { FindingFacts, ItemRule } from '../rule.js';

type ItemFacts = FindingFacts & { item: string };

export const goodsIdentityMissing: ItemRule<ItemFacts> = {
  id: 'REQ-GOODS-IDENTITY',
  severity: 'error',
  category: 'required',
  element: 'goodsItems[].description',
  title: 'Goods described or classified',
  appliesTo: 'original declarations except summary (final supplementary) declarations',
  scope: 'item',
  message: ({ item }) =>
    `${capital(item)} has neither a description nor a commodity code, so nobody can tell what the goods are.`,
  fix: () =>
    'Describe the goods in plain words (what they are, what they are made of, what they are for) and add the commodity code from the tariff.',
  example: { path: 'goodsItems[0].description', item: 'goods item 1' },
  check(item, index, run) {
    if (!run.isOriginalDeclaration || run.dataSet === 'summary') return;
    if (present(item.description) || hsCodeOf(item) !== undefined) return;
    run.report(goodsIdentityMissing, { path: itemPath(index, 'description'), item: itemLabel(item, index) });
  },
};

export const descriptionMissing: ItemRule<ItemFacts> = {
  id: 'REQ-DESCRIPTION',
  severity: 'warning',
  category: 'required',
  element: 'goodsItems[].description',
  title: 'Goods description given',
  appliesTo: 'original declarations whose goods item has a commodity code',
  scope: 'item',
  message: ({ item }) => `${capital(item)} has a commodity code but no description of the goods.`,
  fix: () =>
    'Describe the goods in plain words, as on the invoice: what they are, what they are made of and what they are for (for example "men\'s cotton T-shirts").',
  example: { path: 'goodsItems[0].description', item: 'goods item 1' },
  check(item, index, run) {
    if (!run.isOriginalDeclaration || present(item.description) || hsCodeOf(item) === undefined) return;
    run.report(descriptionMissing, { path: itemPath(index, 'description'), item: itemLabel(item, index) });
  },
};

export const commodityCodeMissing: ItemRule<ItemFacts & { candidates?: string }> = {
  id: 'REQ-COMMODITY-CODE',
  severity: 'error',
  category: 'required',
  element: 'goodsItems[].classifications[].id',
  title: 'Commodity code given',
  appliesTo: 'original declarations with a full data set (simplified ones may describe the goods instead)',
  scope: 'item',
  message: ({ item }) => `${capital(item)} has no commodity code (the number that classifies the goods in the tariff).`,
  fix: ({ candidates }) =>
    `Add the 6- to 10-digit commodity code from the tariff.${candidates ? ` Codes that match your description: ${candidates}.` : ''}`,
  example: {
    path: 'goodsItems[0].classifications[0].id',
    item: 'goods item 1',
    candidates: '640411 (Sports footwear; tennis shoes, basketball shoes…)',
  },
  check(item, index, run) {
    if (!run.needsFullData || !present(item.description) || hsCodeOf(item) !== undefined) return;
    const version = run.hsVersion;
    const codes = version
      ? run.reference.hs
          .descriptionIndex(version)
          .search(item.description, 3)
          .map((m) => m.code)
      : [];
    run.report(commodityCodeMissing, {
      path: itemPath(index, 'classifications[0].id'),
      item: itemLabel(item, index),
      ...(version && codes.length > 0
        ? {
            candidates: `${describeCodes(run.reference.hs, codes, version)} (HS ${hsEditionYear(version)})`,
            suggestions: codes,
          }
        : {}),
    });
  },
};

export const originMissing: ItemRule<ItemFacts> = {
  id: 'REQ-ORIGIN',
  severity: 'error',
  category: 'required',
  element: 'goodsItems[].originCountryCode',
  title: 'Country of origin given',
  appliesTo: 'original import declarations with a full data set',
  scope: 'item',
  message: ({ item }) => `${capital(item)} does not say in which country the goods were made (country of origin).`,
  fix: () =>
    'Add the two-letter code of the country where the goods were made or last substantially processed, for example CN or DE. It is often printed on the goods or the invoice ("Made in...").',
  example: { path: 'goodsItems[0].originCountryCode', item: 'goods item 1' },
  check(item, index, run) {
    if (run.needsFullData && run.kind === 'import' && !present(item.originCountryCode))
      run.report(originMissing, { path: itemPath(index, 'originCountryCode'), item: itemLabel(item, index) });
  },
};

export const valueMissing: ItemRule<ItemFacts> = {
  id: 'REQ-VALUE',
  severity: 'error',
  category: 'required',
  element: 'goodsItems[].itemPrice',
  title: 'Value of the goods given',
  appliesTo: 'original import declarations with a full data set',
  scope: 'item',
  message: ({ item }) => `${capital(item)} has no price or value, so the duties cannot be worked out.`,
  fix: () => 'Add the price paid or payable for these goods, as on the invoice, with its currency.',
  example: { path: 'goodsItems[0].itemPrice', item: 'goods item 1' },
  check(item, index, run) {
    if (!run.needsFullData || run.kind !== 'import') return;
    if (item.itemPrice === undefined && item.customsValue === undefined && item.statisticalValue === undefined)
      run.report(valueMissing, { path: itemPath(index, 'itemPrice'), item: itemLabel(item, index) });
  },
};

export const netMassMissing: ItemRule<ItemFacts> = {
  id: 'REQ-NET-MASS',
  severity: 'warning',
  category: 'required',
  element: 'goodsItems[].netMassKg',
  title: 'Net mass given',
  appliesTo: 'original declarations with a full data set',
  scope: 'item',
  message: ({ item }) => `${capital(item)} does not give the net mass (the weight of the goods without packaging).`,
  fix: () => 'Add the net mass in kilograms; for light goods use decimals (0.25 for 250 grams).',
  example: { path: 'goodsItems[0].netMassKg', item: 'goods item 1' },
  check(item, index, run) {
    if (run.needsFullData && item.netMassKg === undefined)
      run.report(netMassMissing, { path: itemPath(index, 'netMassKg'), item: itemLabel(item, index) });
  },
};

export const REQUIRED_ITEM_RULES = [
  goodsIdentityMissing,
  descriptionMissing,
  commodityCodeMissing,
  originMissing,
  valueMissing,
  netMassMissing,
];
