import type { RuleCase } from './rule-case.js';
import { DECLARATION_RULE_CASES } from './rule-cases-declaration.js';
import { ITEM_RULE_CASES } from './rule-cases-items.js';

export type { RuleCase };

/** One good and one bad case per validation rule. */
export const RULE_CASES: RuleCase[] = [...DECLARATION_RULE_CASES, ...ITEM_RULE_CASES];
