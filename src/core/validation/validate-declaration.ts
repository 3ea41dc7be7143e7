import type { Declaration } from '../model/declaration-schema.js';
import { qualityScore } from './quality-score.js';
import { DECLARATION_RULES, ITEM_RULES } from './rule-catalogue.js';
import type { ValidationContext, ValidationResult } from './validation-context.js';
import { ValidationRun } from './validation-run.js';

/**
 * Runs every rule over a declaration: findings in plain language, each pointing at a WCO
 * element, and a quality score. Never throws for bad data: a finding is the answer.
 */
export function validateDeclaration(declaration: Declaration, context: ValidationContext): ValidationResult {
  const run = new ValidationRun(declaration, context);
  for (let index = 0; index < DECLARATION_RULES.length; index++) DECLARATION_RULES[index]!.check(declaration, run);
  const items = declaration.goodsItems;
  for (let item = 0; item < items.length; item++)
    for (let index = 0; index < ITEM_RULES.length; index++) ITEM_RULES[index]!.check(items[item]!, item, run);
  return { findings: run.findings, qualityScore: qualityScore(run.findings) };
}
