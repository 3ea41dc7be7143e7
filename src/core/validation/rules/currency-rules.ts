import { itemPath } from '../item-paths.js';
import type { Declaration } from '../../model/declaration-schema.js';
import { quoted } from '../plain-text.js';
import type { DeclarationRule, FindingFacts } from '../rule.js';
import type { ValidationRun } from '../validation-run.js';

type CurrencyFacts = FindingFacts & { value: string; name?: string; withdrawn?: string; date?: string };

export const currencyUnknown: DeclarationRule<CurrencyFacts> = {
  id: 'CL-CURRENCY-UNKNOWN',
  severity: 'error',
  category: 'code-list',
  element: 'currencyCode',
  title: 'Currency is an ISO 4217 currency',
  appliesTo: 'declarations and goods items that give a currency',
  scope: 'declaration',
  message: ({ value }) => `The currency ${quoted(value)} is not a currency code we know.`,
  fix: ({ suggestions }) =>
    suggestions?.length
      ? `Did you mean ${suggestions[0]}? Currencies are written as three capital letters.`
      : 'Use the three-letter ISO currency code of the invoice, for example EUR, USD, GBP, CNY or KRW.',
  example: { path: 'currencyCode', value: 'EURO' },
  check(declaration, run) {
    if (allActive(declaration, run)) return;
    forEachCurrency(declaration, run, (path, value) => {
      if (run.reference.currencies.status(value) !== 'unknown') return;
      const upper = value.trim().toUpperCase().slice(0, 3);
      const suggestion = upper !== value && run.reference.currencies.status(upper) === 'active' ? [upper] : undefined;
      run.report(currencyUnknown, { path, value, ...(suggestion ? { suggestions: suggestion } : {}) });
    });
  },
};

export const currencyWithdrawn: DeclarationRule<CurrencyFacts> = {
  id: 'CL-CURRENCY-WITHDRAWN',
  severity: 'error',
  category: 'code-list',
  element: 'currencyCode',
  title: 'Currency still in use at the declaration date',
  appliesTo: 'declarations and goods items that give a currency',
  scope: 'declaration',
  message: ({ value, name, withdrawn, date }) =>
    `The currency ${quoted(value)} (${name}) was withdrawn in ${withdrawn} and was no longer in use on ${date}.`,
  fix: () => 'Give the amounts in the currency that replaced it, as on the invoice (for example EUR instead of DEM).',
  example: { path: 'currencyCode', value: 'DEM', name: 'Deutsche Mark', withdrawn: '2002-03', date: '2020-03-04' },
  check(declaration, run) {
    if (allActive(declaration, run)) return;
    forEachCurrency(declaration, run, (path, value) => {
      if (run.reference.currencies.status(value, run.dateMs) !== 'withdrawn') return;
      const { currencies } = run.reference;
      run.report(currencyWithdrawn, {
        path,
        value,
        name: currencies.name(value) ?? value,
        withdrawn: currencies.withdrawal(value) ?? 'the past',
        date: run.dateText,
      });
    });
  },
};

/** Header currency, then each goods item's; only called with values actually present. */
function forEachCurrency(
  declaration: Declaration,
  run: ValidationRun,
  visit: (path: string, value: string) => void,
): void {
  if (declaration.currencyCode !== undefined && !isActive(run, declaration.currencyCode))
    visit('currencyCode', declaration.currencyCode);
  const items = declaration.goodsItems;
  for (let index = 0; index < items.length; index++) {
    const value = items[index]!.currencyCode;
    if (value !== undefined && !isActive(run, value)) visit(itemPath(index, 'currencyCode'), value);
  }
}

/** The usual case, checked without allocating: every currency given is current. */
function allActive(declaration: Declaration, run: ValidationRun): boolean {
  if (declaration.currencyCode !== undefined && !isActive(run, declaration.currencyCode)) return false;
  for (const item of declaration.goodsItems)
    if (item.currencyCode !== undefined && !isActive(run, item.currencyCode)) return false;
  return true;
}

/** The fast path: an active code needs no closer look. */
function isActive(run: ValidationRun, code: string): boolean {
  return run.reference.currencies.status(code) === 'active';
}

export const CURRENCY_RULES = [currencyUnknown, currencyWithdrawn];
