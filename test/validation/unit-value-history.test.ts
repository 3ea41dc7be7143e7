import { describe, expect, it } from 'vitest';
import { seedUnitValueHistory, UnitValueHistory } from '../../src/core/validation/unit-value-history.js';
import { cleanDeclaration } from './support/clean-declaration.js';

describe('UnitValueHistory', () => {
  it('keeps the median and median absolute deviation of log unit values per HS6 and currency', () => {
    const history = new UnitValueHistory({ minSamples: 5 });
    for (const value of [90, 100, 100, 110, 120, 1_000_000])
      history.add({ hs6: '847130', currency: 'EUR', value, netMassKg: 1 });
    const stats = history.stats('847130', 'EUR')!;
    expect(stats.count).toBe(6);
    expect(stats.typicalUnitValue).toBeCloseTo(Math.sqrt(100 * 110), 6);
    expect(stats.madLog).toBeGreaterThan(0);
    expect(history.stats('847130', 'USD')).toBeUndefined();
    expect(history.stats('847130')).toBeUndefined();
  });

  it('has no opinion below the minimum sample size', () => {
    const history = new UnitValueHistory({ minSamples: 20 });
    for (let n = 0; n < 19; n++) history.add({ hs6: '640411', value: 50, netMassKg: 1 });
    expect(history.robustZ('640411', '', 0.01)).toBeNaN();
    history.add({ hs6: '640411', value: 50, netMassKg: 1 });
    expect(history.robustZ('640411', '', 0.01)).toBeLessThan(-20);
  });

  it('ignores samples that say nothing about a unit value', () => {
    const history = new UnitValueHistory({ minSamples: 1 });
    history.add({ hs6: '640411', value: 0, netMassKg: 1 });
    history.add({ hs6: '640411', value: 10, netMassKg: 0 });
    history.add({ hs6: '6404', value: 10, netMassKg: 1 });
    history.add({ hs6: '640411', value: Number.NaN, netMassKg: 1 });
    expect(history.size).toBe(0);
  });

  it('bounds memory with a reservoir and still tracks the distribution', () => {
    const history = new UnitValueHistory({ minSamples: 10, maxSamplesPerCode: 100 });
    for (let n = 0; n < 10_000; n++) history.add({ hs6: '220421', value: 5 + (n % 11), netMassKg: 1 });
    const stats = history.stats('220421')!;
    expect(stats.count).toBe(100);
    expect(stats.typicalUnitValue).toBeGreaterThan(7);
    expect(stats.typicalUnitValue).toBeLessThan(13);
  });

  it('seeds from declarations: one sample per goods item with code, value and net mass', () => {
    const declarations = Array.from({ length: 30 }, () => cleanDeclaration());
    const items = declarations.flatMap((declaration) => declaration.goodsItems);
    const history = seedUnitValueHistory(declarations, { minSamples: 1 });
    const codes = new Set(items.map((item) => item.classifications[0]!.id.slice(0, 6)));
    expect(history.size).toBe(codes.size);
    const laptops = items.filter((item) => item.classifications[0]!.id.startsWith('847130'));
    expect(history.stats('847130', 'EUR')?.count).toBe(laptops.length);
  });
});
