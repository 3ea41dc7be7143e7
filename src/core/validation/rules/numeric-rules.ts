import { itemPath } from '../item-paths.js';
import type { Declaration, GoodsItem } from '../../model/declaration-schema.js';
import { itemLabel } from '../declaration-values.js';
import { amount, capitalise } from '../plain-text.js';
import type { DeclarationRule, FindingFacts, ItemRule } from '../rule.js';
import type { ValidationRun } from '../validation-run.js';

type NumberFacts = FindingFacts & { value: string; what: string };

interface NumberField<K extends string> {
  key: K;
  label: string;
  /** Above this the number is not a plausible declaration (a million tonnes, 10^14 currency units...). */
  max: number;
}

type ItemNumberKey = 'netMassKg' | 'grossMassKg' | 'tariffQuantity' | 'itemPrice' | 'customsValue' | 'statisticalValue';
type HeaderNumberKey =
  'invoiceAmount' | 'totalGrossMassKg' | 'totalPackageQuantity' | 'goodsItemQuantity' | 'exchangeRate';

const ITEM_NUMBERS: readonly NumberField<ItemNumberKey>[] = [
  { key: 'netMassKg', label: 'net mass (kg)', max: 1e9 },
  { key: 'grossMassKg', label: 'gross mass (kg)', max: 1e9 },
  { key: 'tariffQuantity', label: 'quantity', max: 1e11 },
  { key: 'itemPrice', label: 'price', max: 1e14 },
  { key: 'customsValue', label: 'customs value', max: 1e14 },
  { key: 'statisticalValue', label: 'statistical value', max: 1e14 },
];

const HEADER_NUMBERS: readonly NumberField<HeaderNumberKey>[] = [
  { key: 'invoiceAmount', label: 'total invoice amount', max: 1e15 },
  { key: 'totalGrossMassKg', label: 'total gross mass (kg)', max: 1e10 },
  { key: 'totalPackageQuantity', label: 'total number of packages', max: 1e9 },
  { key: 'goodsItemQuantity', label: 'number of goods items', max: 999 },
  { key: 'exchangeRate', label: 'exchange rate', max: 1e6 },
];

export const numberNegative: DeclarationRule<NumberFacts> = {
  id: 'NUM-NEGATIVE',
  severity: 'error',
  category: 'numeric',
  element: 'goodsItems[].netMassKg',
  title: 'Masses, quantities and amounts are not negative',
  appliesTo: 'every number of the declaration and its goods items',
  scope: 'declaration',
  message: ({ value, what }) => `The ${what} is ${value}; it cannot be negative.`,
  fix: () => 'Give the number without a minus sign. To declare a credit or a return, contact customs instead.',
  example: { path: 'goodsItems[0].netMassKg', value: '-12.5', what: 'net mass (kg) of goods item 1' },
  check(declaration, run) {
    reportImplausible(declaration, run, 'negative');
  },
};

export const numberAbsurd: DeclarationRule<NumberFacts & { limit: string }> = {
  id: 'NUM-ABSURD',
  severity: 'error',
  category: 'numeric',
  element: 'goodsItems[].netMassKg',
  title: 'Masses, quantities and amounts of a plausible size',
  appliesTo: 'every number of the declaration and its goods items',
  scope: 'declaration',
  message: ({ value, what, limit }) =>
    `The ${what} is ${value}, more than ${limit}: no single declaration carries that much.`,
  fix: () =>
    'Check the number: a misplaced decimal separator (1.000,5 read as 1000.5 or the reverse) or grams written as kilograms are the usual causes.',
  example: {
    path: 'goodsItems[0].netMassKg',
    value: '25,000,000,000',
    what: 'net mass (kg) of goods item 1',
    limit: '1,000,000,000',
  },
  check(declaration, run) {
    reportImplausible(declaration, run, 'absurd');
  },
};

export const massZero: ItemRule<NumberFacts> = {
  id: 'NUM-ZERO-MASS',
  severity: 'warning',
  category: 'numeric',
  element: 'goodsItems[].netMassKg',
  title: 'Mass not zero',
  appliesTo: 'goods items that give a mass',
  scope: 'item',
  message: ({ what }) => `The ${what} is 0: goods always weigh something.`,
  fix: () => 'Give the mass in kilograms with decimals for light goods (0.2 for 200 grams).',
  example: { path: 'goodsItems[0].netMassKg', value: '0', what: 'net mass of goods item 1' },
  check(item, index, run) {
    if (item.netMassKg === 0) run.report(massZero, zeroFacts(item, index, NET_MASS));
    else if (item.grossMassKg === 0) run.report(massZero, zeroFacts(item, index, GROSS_MASS));
  },
};

export const valueZero: ItemRule<NumberFacts> = {
  id: 'NUM-ZERO-VALUE',
  severity: 'warning',
  category: 'numeric',
  element: 'goodsItems[].itemPrice',
  title: 'Value not zero',
  appliesTo: 'goods items that give a price or value',
  scope: 'item',
  message: ({ what }) => `The ${what} is 0. Goods sent free of charge still have a value for customs.`,
  fix: () =>
    'Give the price paid, or for free goods (gifts, samples, replacements) the price they would sell for; customs duty and VAT are based on it.',
  example: { path: 'goodsItems[0].itemPrice', value: '0', what: 'price of goods item 1' },
  check(item, index, run) {
    if (item.itemPrice === 0) run.report(valueZero, zeroFacts(item, index, PRICE));
    else if (item.itemPrice === undefined && item.customsValue === 0)
      run.report(valueZero, zeroFacts(item, index, CUSTOMS_VALUE));
  },
};

export const netAboveGross: ItemRule<FindingFacts & { item: string; net: string; gross: string }> = {
  id: 'NUM-NET-ABOVE-GROSS',
  severity: 'error',
  category: 'numeric',
  element: 'goodsItems[].netMassKg',
  title: 'Net mass not above gross mass',
  appliesTo: 'goods items that give both masses',
  scope: 'item',
  message: ({ item, net, gross }) =>
    `${capitalise(item)} weighs ${net} kg without packaging but only ${gross} kg with it.`,
  fix: () =>
    'Check both masses: the net mass is the goods alone, the gross mass the goods with all their packaging, so the gross mass is the larger.',
  example: { path: 'goodsItems[0].netMassKg', item: 'goods item 1', net: '120', gross: '12' },
  check(item, index, run) {
    const net = item.netMassKg;
    const gross = item.grossMassKg;
    if (net !== undefined && gross !== undefined && gross > 0 && net > gross + 0.001)
      run.report(netAboveGross, {
        path: itemPath(index, 'netMassKg'),
        value: String(net),
        item: itemLabel(item, index),
        net: amount(net),
        gross: amount(gross),
      });
  },
};

/** Header numbers, then each goods item's: negative (or not a number) ones, or too large ones. */
function reportImplausible(declaration: Declaration, run: ValidationRun, kind: 'negative' | 'absurd'): void {
  if (allPlausible(declaration)) return;
  for (const field of HEADER_NUMBERS) {
    const value = declaration[field.key];
    if (value !== undefined && !plausible(value, field.max))
      reportNumber(run, { kind, field, value, path: field.key, what: field.label });
  }
  const items = declaration.goodsItems;
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    for (const field of ITEM_NUMBERS) {
      const value = item[field.key];
      if (value !== undefined && !plausible(value, field.max)) {
        const what = `${field.label} of ${itemLabel(item, index)}`;
        reportNumber(run, { kind, field, value, path: itemPath(index, field.key), what });
      }
    }
  }
}

interface Implausible {
  kind: 'negative' | 'absurd';
  field: NumberField<string>;
  value: number;
  path: string;
  what: string;
}

function reportNumber(run: ValidationRun, { kind, field, value, path, what }: Implausible): void {
  if (kind === 'negative' && !(value >= 0)) run.report(numberNegative, { path, value: String(value), what });
  if (kind === 'absurd' && value > field.max)
    run.report(numberAbsurd, { path, value: amount(value), what, limit: amount(field.max) });
}

/** The usual case, with plain property reads (the keyed loop below is for the rare failure). */
function allPlausible(declaration: Declaration): boolean {
  const { invoiceAmount, totalGrossMassKg, totalPackageQuantity, goodsItemQuantity, exchangeRate } = declaration;
  if (invoiceAmount !== undefined && !plausible(invoiceAmount, 1e15)) return false;
  if (totalGrossMassKg !== undefined && !plausible(totalGrossMassKg, 1e10)) return false;
  if (totalPackageQuantity !== undefined && !plausible(totalPackageQuantity, 1e9)) return false;
  if (goodsItemQuantity !== undefined && !plausible(goodsItemQuantity, 999)) return false;
  if (exchangeRate !== undefined && !plausible(exchangeRate, 1e6)) return false;
  for (const item of declaration.goodsItems) {
    const { netMassKg, grossMassKg, tariffQuantity, itemPrice, customsValue, statisticalValue } = item;
    if (netMassKg !== undefined && !plausible(netMassKg, 1e9)) return false;
    if (grossMassKg !== undefined && !plausible(grossMassKg, 1e9)) return false;
    if (tariffQuantity !== undefined && !plausible(tariffQuantity, 1e11)) return false;
    if (itemPrice !== undefined && !plausible(itemPrice, 1e14)) return false;
    if (customsValue !== undefined && !plausible(customsValue, 1e14)) return false;
    if (statisticalValue !== undefined && !plausible(statisticalValue, 1e14)) return false;
  }
  return true;
}

function plausible(value: number, max: number): boolean {
  return value >= 0 && value <= max;
}

const NET_MASS = { key: 'netMassKg', label: 'net mass' } as const;
const GROSS_MASS = { key: 'grossMassKg', label: 'gross mass' } as const;
const PRICE = { key: 'itemPrice', label: 'price' } as const;
const CUSTOMS_VALUE = { key: 'customsValue', label: 'customs value' } as const;

function zeroFacts(item: GoodsItem, index: number, field: { key: ItemNumberKey; label: string }): NumberFacts {
  return { path: itemPath(index, field.key), value: '0', what: `${field.label} of ${itemLabel(item, index)}` };
}

export const NUMERIC_DECLARATION_RULES = [numberNegative, numberAbsurd];
export const NUMERIC_ITEM_RULES = [massZero, valueZero, netAboveGross];
