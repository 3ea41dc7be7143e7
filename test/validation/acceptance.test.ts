import { describe, expect, it } from 'vitest';
import { validateDeclaration } from '../../src/core/validation/validate-declaration.js';
import { cleanDeclaration, context, reference } from './support/clean-declaration.js';

describe('acceptance: a declaration with an invalid HS code', () => {
  const declaration = cleanDeclaration({ issueDate: '2024-03-04' });
  const item = declaration.goodsItems[0]!;
  item.classifications[0]!.id = '85179999';
  item.description = 'Smartphone with 128 GB memory';
  const result = validateDeclaration(declaration, context());
  const finding = result.findings.find((candidate) => candidate.ruleId === 'HS-UNKNOWN')!;

  it('is rejected with a finding that names the element: WCO ID 145 under 23A/21A', () => {
    expect(finding.severity).toBe('error');
    expect(finding.pointer.wcoId).toBe('145');
    expect(finding.pointer.xpath).toBe(
      'Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity/Classification/ID',
    );
    expect(finding.pointer.sections).toEqual([
      { classId: '42A' },
      { classId: '67A' },
      { classId: '68A', sequence: 1 },
      { classId: '23A' },
      { classId: '21A', sequence: 1 },
    ]);
    expect(result.qualityScore).toBeLessThanOrEqual(65);
  });

  it('says in plain words what is wrong', () => {
    expect(finding.message).toBe(
      'The commodity code 85179999 does not exist in the 2022 Harmonized System that applied on 2024-03-04: its first six digits, 851799, are not a subheading of it.',
    );
  });

  it('suggests valid codes of the same heading, the one the description fits first', () => {
    expect(finding.suggestions!.length).toBeGreaterThanOrEqual(3);
    for (const code of finding.suggestions!) expect(reference.hs.isValid(code, 'HS2022')).toBe(true);
    expect(finding.suggestions![0]).toBe('851713');
    expect(finding.fix).toMatch(
      /^Check the code on your invoice or in the tariff\. Codes in the same heading: 851713 \(Telephone sets; smartphones for cellular or other…\), 8517\d\d \(/,
    );
  });

  it('also suggests codes found from the goods description when they lie elsewhere', () => {
    const other = cleanDeclaration({ issueDate: '2024-03-04' });
    other.goodsItems[0]!.classifications[0]!.id = '85179999';
    other.goodsItems[0]!.description = 'Portable laptop computer';
    const laptop = validateDeclaration(other, context()).findings.find(
      (candidate) => candidate.ruleId === 'HS-UNKNOWN',
    )!;
    expect(laptop.suggestions).toContain('847130');
    expect(laptop.fix).toContain(
      'Codes that match your description: 847130 (Automatic data processing machines; portable',
    );
  });
});
