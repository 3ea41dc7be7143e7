import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../src/reference-data/load-reference-data.js';

const { countries, currencies } = loadReferenceData();

describe('CountryCodes', () => {
  it('knows ISO 3166-1 alpha-2 codes and their names', () => {
    expect(countries.status('KR')).toBe('valid');
    expect(countries.name('KR')).toBe('South Korea');
    expect(countries.size).toBe(249);
  });

  it('treats ZZ and XX as legal placeholders for an unknown country', () => {
    expect(countries.status('ZZ')).toBe('placeholder');
    expect(countries.isValid('XX')).toBe(false);
    expect(countries.isPlaceholder('XX')).toBe(true);
  });

  it('suggests the code people meant', () => {
    expect(countries.status('UK')).toBe('unknown');
    expect(countries.suggest('UK')).toBe('GB');
    expect(countries.suggest('DEU')).toBe('DE');
    expect(countries.suggest('cn')).toBe('CN');
    expect(countries.suggest('QQ')).toBeUndefined();
  });
});

describe('CurrencyCodes', () => {
  it('tells active, withdrawn and unknown codes apart', () => {
    expect(currencies.status('KRW')).toBe('active');
    expect(currencies.status('DEM')).toBe('withdrawn');
    expect(currencies.status('XYZ')).toBe('unknown');
    expect(currencies.activeCodes()).toHaveLength(178);
  });

  it('counts a withdrawn code as active before its withdrawal', () => {
    expect(currencies.withdrawal('DEM')).toBe('2002-03');
    expect(currencies.status('DEM', Date.UTC(1995, 0, 1))).toBe('active');
    expect(currencies.status('DEM', Date.UTC(2020, 0, 1))).toBe('withdrawn');
  });

  it('keeps a code current when one entity still uses it after another dropped it', () => {
    expect(currencies.status('EUR')).toBe('active');
    expect(currencies.name('EUR')).toBe('Euro');
  });
});

describe('CountryCodes.isValidAt', () => {
  it('checks two capital letters inside a longer text without cutting it', () => {
    expect(countries.isValidAt('GB123456789000', 0)).toBe(true);
    expect(countries.isValidAt('24GB34F7Y1O2CX8PT4', 2)).toBe(true);
    expect(countries.isValidAt('ZZ1234567', 0)).toBe(false);
    expect(countries.isValidAt('gb1234567', 0)).toBe(false);
    expect(countries.isValidAt('G', 0)).toBe(false);
  });
});
