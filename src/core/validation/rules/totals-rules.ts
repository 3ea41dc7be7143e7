import { itemPath } from '../item-paths.js';
import type { Declaration } from '../../model/declaration-schema.js';
import { amount } from '../plain-text.js';
import type { DeclarationRule, FindingFacts } from '../rule.js';

type TotalFacts = FindingFacts & { declared: string; counted: string };

/** Totals within this share (and at least one unit) of the sum of the items agree: rounding is not an error. */
const RELATIVE_TOLERANCE = 0.01;

export const itemCountMismatch: DeclarationRule<TotalFacts> = {
  id: 'TOT-ITEM-COUNT',
  severity: 'error',
  category: 'totals',
  element: 'goodsItemQuantity',
  title: 'Number of goods items matches the items listed',
  appliesTo: 'declarations that state the number of goods items and list items',
  scope: 'declaration',
  message: ({ declared, counted }) => `The declaration says it has ${declared} goods items but lists ${counted}.`,
  fix: () => 'Correct the number of goods items, or add the items that are missing.',
  example: { path: 'goodsItemQuantity', value: '3', declared: '3', counted: '2' },
  check(declaration, run) {
    const declared = declaration.goodsItemQuantity;
    const counted = declaration.goodsItems.length;
    if (declared === undefined || counted === 0 || declared === counted) return;
    run.report(itemCountMismatch, {
      path: 'goodsItemQuantity',
      value: String(declared),
      declared: String(declared),
      counted: String(counted),
    });
  },
};

export const itemSequenceDuplicate: DeclarationRule<FindingFacts & { sequence: string }> = {
  id: 'TOT-ITEM-SEQUENCE',
  severity: 'error',
  category: 'totals',
  element: 'goodsItems[].sequence',
  title: 'Goods item numbers unique',
  appliesTo: 'declarations with more than one goods item',
  scope: 'declaration',
  message: ({ sequence }) => `Two goods items have the same number, ${sequence}.`,
  fix: () => 'Number the goods items 1, 2, 3... without repeating a number.',
  example: { path: 'goodsItems[1].sequence', value: '1', sequence: '1' },
  check(declaration, run) {
    const items = declaration.goodsItems;
    if (items.length < 2) return;
    for (let index = 1; index < items.length; index++) {
      const sequence = items[index]!.sequence;
      for (let earlier = 0; earlier < index; earlier++) {
        if (items[earlier]!.sequence !== sequence) continue;
        run.report(itemSequenceDuplicate, {
          path: itemPath(index, 'sequence'),
          value: String(sequence),
          sequence: String(sequence),
        });
        break;
      }
    }
  },
};

export const grossMassMismatch: DeclarationRule<TotalFacts> = {
  id: 'TOT-GROSS-MASS',
  severity: 'warning',
  category: 'totals',
  element: 'totalGrossMassKg',
  title: 'Total gross mass matches the goods items',
  appliesTo: 'declarations that give a total gross mass and a gross mass for every goods item',
  scope: 'declaration',
  message: ({ declared, counted }) =>
    `The total gross mass is ${declared} kg, but the goods items add up to ${counted} kg.`,
  fix: () => 'Correct the total gross mass or the gross mass of the goods items so that they agree.',
  example: { path: 'totalGrossMassKg', value: '1500', declared: '1,500', counted: '1,250' },
  check(declaration, run) {
    const declared = declaration.totalGrossMassKg;
    if (declared === undefined) return;
    const sum = sumOf(declaration, grossOf);
    if (sum !== undefined && disagree(declared, sum))
      run.report(grossMassMismatch, {
        path: 'totalGrossMassKg',
        value: String(declared),
        declared: amount(declared),
        counted: amount(sum),
      });
  },
};

export const packageCountMismatch: DeclarationRule<TotalFacts> = {
  id: 'TOT-PACKAGES',
  severity: 'warning',
  category: 'totals',
  element: 'totalPackageQuantity',
  title: 'Total number of packages matches the goods items',
  appliesTo: 'declarations that give a total number of packages and packages for every goods item',
  scope: 'declaration',
  message: ({ declared, counted }) =>
    `The declaration says ${declared} packages in total, but the goods items list ${counted}.`,
  fix: () => 'Correct the total number of packages or the packages of the goods items so that they agree.',
  example: { path: 'totalPackageQuantity', value: '12', declared: '12', counted: '10' },
  check(declaration, run) {
    const declared = declaration.totalPackageQuantity;
    if (declared === undefined) return;
    const sum = sumOf(declaration, packagesOf);
    if (sum !== undefined && sum > 0 && declared !== sum)
      run.report(packageCountMismatch, {
        path: 'totalPackageQuantity',
        value: String(declared),
        declared: String(declared),
        counted: String(sum),
      });
  },
};

export const invoiceAmountMismatch: DeclarationRule<TotalFacts & { currency: string }> = {
  id: 'TOT-INVOICE-AMOUNT',
  severity: 'warning',
  category: 'totals',
  element: 'invoiceAmount',
  title: 'Invoice total matches the item prices',
  appliesTo: 'declarations that give an invoice total and a price for every goods item, in one currency',
  scope: 'declaration',
  message: ({ declared, counted, currency }) =>
    `The invoice total is ${declared}${currency}, but the prices of the goods items add up to ${counted}${currency}.`,
  fix: () =>
    'Check the invoice total and the item prices; if the invoice includes other costs (freight, insurance), they belong in their own fields.',
  example: { path: 'invoiceAmount', value: '1000', declared: '1,000', counted: '950', currency: ' EUR' },
  check(declaration, run) {
    const declared = declaration.invoiceAmount;
    if (declared === undefined || !oneCurrency(declaration)) return;
    const sum = sumOf(declaration, priceOf);
    if (sum === undefined || !disagree(declared, sum)) return;
    const currency = declaration.currencyCode ?? declaration.goodsItems[0]?.currencyCode;
    run.report(invoiceAmountMismatch, {
      path: 'invoiceAmount',
      value: String(declared),
      declared: amount(declared),
      counted: amount(sum),
      currency: currency ? ` ${currency}` : '',
    });
  },
};

type Item = Declaration['goodsItems'][number];

const grossOf = (item: Item) => item.grossMassKg;
const priceOf = (item: Item) => item.itemPrice;
function packagesOf(item: Item): number | undefined {
  if (!item.packages || item.packages.length === 0) return undefined;
  let count = 0;
  for (const pack of item.packages) count += pack.quantity ?? 0;
  return count;
}

/** The sum over the goods items, or undefined when there are none or one lacks the number. */
function sumOf(declaration: Declaration, numberOf: (item: Item) => number | undefined): number | undefined {
  const items = declaration.goodsItems;
  if (items.length === 0) return undefined;
  let sum = 0;
  for (const item of items) {
    const value = numberOf(item);
    if (value === undefined) return undefined;
    sum += value;
  }
  return sum;
}

function disagree(declared: number, sum: number): boolean {
  return Math.abs(declared - sum) > Math.max(1, RELATIVE_TOLERANCE * Math.max(Math.abs(declared), Math.abs(sum)));
}

function oneCurrency(declaration: Declaration): boolean {
  const header = declaration.currencyCode;
  let seen = header;
  for (const item of declaration.goodsItems) {
    if (item.currencyCode === undefined) continue;
    if (seen !== undefined && item.currencyCode !== seen) return false;
    seen = item.currencyCode;
  }
  return true;
}

export const TOTALS_RULES = [
  itemCountMismatch,
  itemSequenceDuplicate,
  grossMassMismatch,
  packageCountMismatch,
  invoiceAmountMismatch,
];
