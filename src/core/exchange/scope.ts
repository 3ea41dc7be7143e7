import type { Declaration, GoodsItem } from '../model/declaration-schema.js';
import type { AgreementScope } from './agreement.js';

/** Additional codes (TARIC TRA, national GN) are not HS codes and never match an HS prefix. */
const NOT_HS = new Set(['TRA', 'GN']);

const hsCodesOf = (item: Partial<GoodsItem>): string[] =>
  (item.classifications ?? [])
    .filter((classification) => !NOT_HS.has(classification.identificationTypeCode ?? ''))
    .map((classification) => classification.id.replace(/\D/g, ''));

const hasItemConditions = (scope: AgreementScope): boolean =>
  scope.hsPrefixes !== undefined || scope.originCountries !== undefined;

/** Whether one goods item falls within the item conditions (HS prefixes, origin) of a scope. */
export function itemInScope(item: Partial<GoodsItem>, scope: AgreementScope): boolean {
  const { hsPrefixes, originCountries } = scope;
  if (hsPrefixes && !hsCodesOf(item).some((code) => hsPrefixes.some((prefix) => code.startsWith(prefix)))) return false;
  return !originCountries || (item.originCountryCode !== undefined && originCountries.includes(item.originCountryCode));
}

function headerInScope(declaration: Partial<Declaration>, scope: AgreementScope): boolean {
  const matches = (allowed: string[] | undefined, value: string | undefined) =>
    allowed === undefined || (value !== undefined && allowed.some((candidate) => value.startsWith(candidate)));
  return (
    matches(scope.dispatchCountries, declaration.consignment?.exportCountryCode) &&
    matches(scope.destinationCountries, declaration.consignment?.destinationCountryCode) &&
    matches(scope.declarationTypes, declaration.typeCode)
  );
}

/**
 * The goods items an agreement lets the hub share, or undefined when the declaration is out
 * of scope (its header fails a condition, or no item is in scope).
 */
export function itemsInScope(declaration: Declaration, scope: AgreementScope): GoodsItem[] | undefined {
  if (!headerInScope(declaration, scope)) return undefined;
  if (!hasItemConditions(scope)) return declaration.goodsItems;
  const items = declaration.goodsItems.filter((item) => itemInScope(item, scope));
  return items.length > 0 ? items : undefined;
}

/** For what a member sends in: the header and every goods item it carries must be in scope. */
export function declarationInScope(declaration: Partial<Declaration>, scope: AgreementScope): boolean {
  if (!headerInScope(declaration, scope)) return false;
  if (!hasItemConditions(scope)) return true;
  const items = declaration.goodsItems ?? [];
  return items.length > 0 && items.every((item) => itemInScope(item, scope));
}
