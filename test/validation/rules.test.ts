import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/model/finding.js';
import { VALIDATION_RULES } from '../../src/core/validation/rule-catalogue.js';
import { validateDeclaration } from '../../src/core/validation/validate-declaration.js';
import { RULE_CASES, type RuleCase } from './rule-cases.js';
import { cleanDeclaration, context } from './support/clean-declaration.js';

function findingsFor(ruleCase: RuleCase, variant: 'bad' | 'good'): Finding[] {
  const declaration = cleanDeclaration();
  const change = variant === 'bad' ? ruleCase.bad : ruleCase.good;
  change?.(declaration);
  const extra = variant === 'bad' ? ruleCase.context : (ruleCase.goodContext ?? {});
  return validateDeclaration(declaration, context(extra)).findings;
}

describe('validation rules', () => {
  it('pass a clean declaration without a single finding', () => {
    for (let n = 0; n < 12; n++) {
      const result = validateDeclaration(cleanDeclaration(), context());
      expect(result.findings).toEqual([]);
      expect(result.qualityScore).toBe(100);
    }
  });

  it('are each tested by a good and a bad case', () => {
    expect(RULE_CASES.map((ruleCase) => ruleCase.rule).sort()).toEqual(VALIDATION_RULES.map((rule) => rule.id).sort());
  });

  describe.each(RULE_CASES)('$rule', (ruleCase) => {
    const rule = VALIDATION_RULES.find((candidate) => candidate.id === ruleCase.rule)!;

    it('reports the broken case at the element, in plain words', () => {
      const findings = findingsFor(ruleCase, 'bad').filter((finding) => finding.ruleId === ruleCase.rule);
      expect(findings.length).toBeGreaterThan(0);
      const [finding] = findings;
      expect(finding!.severity).toBe(rule.severity);
      expect(finding!.pointer.path).toBe(ruleCase.path);
      expect(finding!.pointer.sections[0]?.classId).toBe('42A');
      expect(finding!.message).toMatch(/^[A-Z].*[.?]$/s);
      expect(finding!.fix).toMatch(/^[A-Z].*[.?]$/s);
      expect(`${finding!.message} ${finding!.fix}`).not.toMatch(/undefined|NaN|\[object/);
      if (ruleCase.suggestions) expect(finding!.suggestions).toEqual(ruleCase.suggestions);
    });

    it('lets the near miss pass', () => {
      expect(findingsFor(ruleCase, 'good').filter((finding) => finding.ruleId === ruleCase.rule)).toEqual([]);
    });
  });
});
