import type { RuleCondition, RuleFacts, RuleNumberField, TargetingRule } from './targeting-rule.js';

function numberOf(facts: RuleFacts, field: RuleNumberField): number {
  const { input } = facts;
  switch (field) {
    case 'score':
      return facts.score;
    case 'unitValue':
      return input.netMass > 0 ? input.value / input.netMass : Number.NaN;
    case 'taxRate':
    case 'netMass':
    case 'value':
      return input[field];
    case 'importerMismatchRate':
    case 'mirrorGap':
      return facts.verification?.[field] ?? Number.NaN;
  }
}

export function conditionHolds(condition: RuleCondition, facts: RuleFacts): boolean {
  switch (condition.kind) {
    case 'prefix': {
      const value = facts.input[condition.field];
      return value !== '' && condition.values.some((p) => value.startsWith(p));
    }
    case 'in':
      return condition.values.includes(facts.input[condition.field]);
    case 'not-in':
      return !condition.values.includes(facts.input[condition.field]);
    case 'range': {
      const v = numberOf(facts, condition.field);
      if (Number.isNaN(v)) return false;
      return (condition.min === undefined || v >= condition.min) && (condition.max === undefined || v < condition.max);
    }
    case 'new-trader': {
      const age = facts.traderAgeDays[condition.role];
      return Number.isNaN(age) ? traderPresent(facts, condition.role) : age <= condition.withinDays;
    }
  }
}

function traderPresent(facts: RuleFacts, role: 'importer' | 'declarant' | 'seller' | 'carrier'): boolean {
  return facts.input[`${role}Id`] !== '';
}

/** Whether the rule applies on the declaration's date and all its conditions hold. */
export function ruleFires(rule: TargetingRule, facts: RuleFacts): boolean {
  const date = facts.input.date;
  if (date < rule.validFrom || (rule.validTo !== undefined && date > rule.validTo)) return false;
  return rule.conditions.every((c) => conditionHolds(c, facts));
}
