import { describe, expect, it } from 'vitest';
import { validateDeclaration } from '../../src/core/validation/validate-declaration.js';
import { cleanDeclaration, context, reference } from './support/clean-declaration.js';

function withCode(code: string, issueDate: string, description?: string) {
  const declaration = cleanDeclaration({ issueDate });
  const item = declaration.goodsItems[0]!;
  item.classifications[0]!.id = code;
  if (description === undefined) delete item.description;
  else item.description = description;
  return validateDeclaration(declaration, context()).findings.filter((finding) => finding.ruleId.startsWith('HS-'));
}

describe('HS edition by declaration date', () => {
  it('accepts in 2020 an HS 2017 code that HS 2022 dropped', () => {
    expect(reference.hs.isValid('851712', 'HS2017')).toBe(true);
    expect(reference.hs.isValid('851712', 'HS2022')).toBe(false);
    expect(withCode('85171200', '2020-03-04', 'mobile phones')).toEqual([]);
    expect(withCode('85171200', '2021-12-31', 'mobile phones')).toEqual([]);
  });

  it('rejects it from 2022 on and offers the HS 2022 successors of the same heading', () => {
    const [finding] = withCode('85171200', '2023-05-10', 'mobile phones');
    expect(finding).toMatchObject({ ruleId: 'HS-UNKNOWN', severity: 'error', value: '85171200' });
    expect(finding!.message).toBe(
      'The commodity code 85171200 does not exist in the 2022 Harmonized System that applied on 2023-05-10: its first six digits, 851712, are not a subheading of it (it is a code of the 2017 edition, which the 2022 edition replaced).',
    );
    expect(finding!.suggestions![0]).toBe('851713');
    expect(finding!.suggestions).toContain('851714');
    expect(finding!.fix).toContain('In the 2022 edition, heading 8517 has: 851713 (Telephone sets; smartphones');
  });

  it('rejects an HS 2022 code on a 2020 declaration, pointing back to the 2017 code', () => {
    const [finding] = withCode('851713', '2020-03-04');
    expect(finding!.message).toBe(
      'The commodity code 851713 does not exist in the 2017 Harmonized System that applied on 2020-03-04 (the code was only introduced with the 2022 edition).',
    );
    expect(finding!.suggestions![0]).toBe('851712');
  });

  it('checks every code of the Korean sample data that HS 2022 dropped the same way', () => {
    const dropped = reference.hs
      .childrenOf('8517', 'HS2017')
      .concat(reference.hs.childrenOf('8471', 'HS2017'))
      .filter((code) => !reference.hs.isValid(code, 'HS2022'));
    expect(dropped.length).toBeGreaterThan(0);
    for (const code of dropped) {
      expect(withCode(code, '2021-06-30')).toEqual([]);
      const [finding] = withCode(code, '2022-01-01');
      expect(finding?.ruleId).toBe('HS-UNKNOWN');
      expect(finding!.suggestions!.every((suggestion) => reference.hs.isValid(suggestion, 'HS2022'))).toBe(true);
    }
  });
});
