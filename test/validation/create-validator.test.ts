import { describe, expect, it } from 'vitest';
import { createDeclarationValidator } from '../../src/core/validation/create-validator.js';
import { cleanDeclaration, reference } from './support/clean-declaration.js';

describe('createDeclarationValidator', () => {
  const validator = createDeclarationValidator({ reference, now: () => new Date('2024-06-01T09:30:00Z') });

  it('validates with its own clock and passes the store lookup on to the duplicate rules', () => {
    const declaration = cleanDeclaration();
    expect(validator.validate(declaration, {})).toEqual({ findings: [], qualityScore: 100 });
    const existing = { contentHash: 'a'.repeat(64), version: 2, functionCode: '9' };
    const changed = validator.validate(declaration, { contentHash: 'b'.repeat(64), existing });
    expect(changed.findings.map((finding) => finding.ruleId)).toEqual(['DUP-CHANGED-ORIGINAL']);
    expect(changed.findings[0]!.message).toContain('(version 2)');
  });

  it('learns unit values from accepted declarations and then flags an outlier', () => {
    for (let n = 0; n < 25; n++) {
      const declaration = cleanDeclaration();
      const item = declaration.goodsItems[0]!;
      item.classifications[0]!.id = '94036010';
      item.itemPrice = 180 + n;
      item.netMassKg = 1;
      validator.learn(declaration);
    }
    expect(validator.unitValues.stats('940360', 'EUR')!.count).toBeGreaterThanOrEqual(25);
    const cheap = cleanDeclaration();
    const item = cheap.goodsItems[0]!;
    Object.assign(item, { itemPrice: 1.8, netMassKg: 1, grossMassKg: 1.2, description: 'Wooden dining table' });
    item.classifications[0]!.id = '94036010';
    delete cheap.invoiceAmount;
    delete cheap.totalGrossMassKg;
    const finding = validator.validate(cheap, {}).findings.find((candidate) => candidate.ruleId === 'VAL-UNIT-VALUE');
    expect(finding?.message).toMatch(
      /^Goods item 1 is declared at 1\.8 EUR per kg, far below the 19\d(\.\d)? EUR per kg usual for 940360 \(Furniture; wooden/,
    );
  });
});
