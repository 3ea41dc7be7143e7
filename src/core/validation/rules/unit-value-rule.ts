import { hsCodeIndex, itemCurrency, itemLabel, itemValue } from '../declaration-values.js';
import { amount, capitalise, codeWithDescription } from '../plain-text.js';
import { itemPath } from '../item-paths.js';
import type { FindingFacts, ItemRule } from '../rule.js';

/** Flagged only when both far out in robust standard deviations and at least ten times off: a slipped zero, grams for kilograms. */
const Z_LIMIT = 4;
const LOG_RATIO_LIMIT = Math.log(10);

type UnitValueFacts = FindingFacts & {
  item: string;
  direction: 'low' | 'high';
  unitValue: string;
  typical: string;
  goods: string;
  count: number;
};

export const unitValueOutlier: ItemRule<UnitValueFacts> = {
  id: 'VAL-UNIT-VALUE',
  severity: 'warning',
  category: 'unit-value',
  element: 'goodsItems[].itemPrice',
  title: 'Value per kilogram in line with earlier declarations',
  appliesTo:
    'goods items with a commodity code, a value and a net mass, when at least 20 accepted declarations of the same HS6 and currency are known',
  scope: 'item',
  message: ({ item, direction, unitValue, typical, goods, count }) =>
    `${capitalise(item)} is declared at ${unitValue} per kg, far ${direction === 'low' ? 'below' : 'above'} the ${typical} per kg usual for ${goods} in ${count} earlier declarations.`,
  fix: () =>
    'Check the value and the net mass: an extra or missing zero, or grams written as kilograms, is the usual cause. If both are right, keep the invoice and proof of payment ready: customs may ask for them.',
  example: {
    path: 'goodsItems[0].customsValue',
    value: '1200',
    item: 'goods item 1',
    direction: 'low',
    unitValue: '12 KRW',
    typical: '150,000 KRW',
    goods: '851713 (Telephone sets; smartphones for cellular or other…)',
    count: 254,
  },
  check(item, index, run) {
    const history = run.context.unitValues;
    const position = history ? hsCodeIndex(item) : -1;
    const value = itemValue(item);
    const mass = item.netMassKg;
    if (!history || position < 0 || value === undefined || mass === undefined || !(value > 0 && mass > 0)) return;
    const code = item.classifications[position]!.id.trim();
    if (code.length < 6) return;
    const hs6 = code.length === 6 ? code : code.slice(0, 6);
    const currency = itemCurrency(item, run.declaration) ?? '';
    const unit = value / mass;
    const z = history.robustZ(hs6, currency, unit);
    if (!(Math.abs(z) > Z_LIMIT)) return;
    const stats = history.stats(hs6, currency)!;
    if (Math.abs(Math.log(unit) - stats.medianLog) < LOG_RATIO_LIMIT) return;
    const suffix = currency ? ` ${currency}` : '';
    const field =
      item.itemPrice !== undefined
        ? 'itemPrice'
        : item.customsValue !== undefined
          ? 'customsValue'
          : 'statisticalValue';
    run.report(unitValueOutlier, {
      path: itemPath(index, field),
      value: String(value),
      item: itemLabel(item, index),
      direction: z < 0 ? 'low' : 'high',
      unitValue: amount(unit) + suffix,
      typical: amount(stats.typicalUnitValue) + suffix,
      goods: codeWithDescription(hs6, run.hsVersion ? run.reference.hs.describe(hs6, run.hsVersion) : undefined),
      count: stats.count,
    });
  },
};
