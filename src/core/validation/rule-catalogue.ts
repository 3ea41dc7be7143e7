import type { Pointer } from '../model/finding.js';
import { pointerFor } from '../model/pointer.js';
import type { DeclarationRule, ItemRule, RuleMeta, ValidationRule } from './rule.js';
import { CODE_LIST_ITEM_RULES, CODE_LIST_RULES } from './rules/code-list-rules.js';
import { CURRENCY_RULES } from './rules/currency-rules.js';
import { DATE_RULES } from './rules/date-rules.js';
import { DESCRIPTION_RULES } from './rules/description-rules.js';
import { DUPLICATE_RULES } from './rules/duplicate-rules.js';
import { HS_DECLARATION_RULES, HS_ITEM_RULES } from './rules/hs-rules.js';
import { IDENTIFIER_RULES } from './rules/identifier-rules.js';
import { NUMERIC_DECLARATION_RULES, NUMERIC_ITEM_RULES } from './rules/numeric-rules.js';
import { preferenceWithoutProof } from './rules/preference-rules.js';
import { REQUIRED_ITEM_RULES } from './rules/required-item-rules.js';
import { REQUIRED_DECLARATION_RULES } from './rules/required-rules.js';
import { TOTALS_RULES } from './rules/totals-rules.js';
import { TRANSPORT_RULES } from './rules/transport-rules.js';
import { unitValueOutlier } from './rules/unit-value-rule.js';

/** Every rule, in the order findings are reported: declaration-wide rules, then each goods item's. */
export const VALIDATION_RULES: readonly ValidationRule[] = [
  ...DUPLICATE_RULES,
  ...REQUIRED_DECLARATION_RULES,
  ...CODE_LIST_RULES,
  ...CURRENCY_RULES,
  ...TRANSPORT_RULES,
  ...HS_DECLARATION_RULES,
  ...DATE_RULES,
  ...IDENTIFIER_RULES,
  ...NUMERIC_DECLARATION_RULES,
  ...TOTALS_RULES,
  ...REQUIRED_ITEM_RULES,
  ...CODE_LIST_ITEM_RULES,
  ...HS_ITEM_RULES,
  ...DESCRIPTION_RULES,
  ...NUMERIC_ITEM_RULES,
  unitValueOutlier,
  preferenceWithoutProof,
];

export const DECLARATION_RULES: readonly DeclarationRule[] = VALIDATION_RULES.filter(
  (rule): rule is DeclarationRule => rule.scope === 'declaration',
);
export const ITEM_RULES: readonly ItemRule[] = VALIDATION_RULES.filter(
  (rule): rule is ItemRule => rule.scope === 'item',
);

/** One rule as the docs and the API list it. */
export interface RuleCatalogueEntry extends RuleMeta {
  /** The WCO element the rule points at, resolved from `element`. */
  pointer: Pointer;
  /** The wording of a typical finding. */
  exampleMessage: string;
  exampleFix: string;
}

/** Metadata of every rule with an example finding's wording, in report order. */
export function ruleCatalogue(): RuleCatalogueEntry[] {
  return VALIDATION_RULES.map((rule) => ({
    id: rule.id,
    severity: rule.severity,
    category: rule.category,
    element: rule.element,
    title: rule.title,
    appliesTo: rule.appliesTo,
    pointer: pointerFor(rule.element),
    exampleMessage: rule.message(rule.example),
    exampleFix: rule.fix(rule.example),
  }));
}
