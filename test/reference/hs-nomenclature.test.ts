import { describe, expect, it } from 'vitest';
import { hsVersionFor } from '../../src/core/reference/hs-version.js';
import { loadReferenceData } from '../../src/reference-data/load-reference-data.js';

const { hs } = loadReferenceData();

describe('HsNomenclature', () => {
  it('knows chapters, headings and subheadings of each edition', () => {
    expect(hs.isValid('85', 'HS2022')).toBe(true);
    expect(hs.isValid('8517', 'HS2022')).toBe(true);
    expect(hs.isValid('851713', 'HS2022')).toBe(true);
    expect(hs.isValid('851713', 'HS2017')).toBe(false);
    expect(hs.isValid('851712', 'HS2017')).toBe(true);
    expect(hs.isValid('851712', 'HS2022')).toBe(false);
  });

  it('accepts 8- to 10-digit national codes whose first six digits are a subheading', () => {
    expect(hs.isValid('85171300', 'HS2022')).toBe(true);
    expect(hs.isValid('851713000', 'HS2022')).toBe(true);
    expect(hs.isValid('8517130000', 'HS2022')).toBe(true);
    expect(hs.isValid('8517120000', 'HS2022')).toBe(false);
    expect(hs.isValid('8517130', 'HS2022')).toBe(false);
    expect(hs.isValid('85171300001', 'HS2022')).toBe(false);
    expect(hs.isValid('8517.13', 'HS2022')).toBe(false);
  });

  it('leaves out UN Comtrade aggregates that are not HS codes', () => {
    expect(hs.isValid('99', 'HS2022')).toBe(false);
    expect(hs.isValid('999999', 'HS2017')).toBe(false);
    expect(hs.isValid('TOTAL', 'HS2022')).toBe(false);
  });

  it('describes a code and gives its chapter, heading and subheading', () => {
    expect(hs.describe('85171300', 'HS2022')).toBe('Telephone sets; smartphones for cellular or other wireless networks');
    expect(hs.parents('8517130000', 'HS2022').map((entry) => [entry.code, entry.level])).toEqual([
      ['85', 2],
      ['8517', 4],
      ['851713', 6],
    ]);
    expect(hs.lookup('010121', 'HS2022')?.section).toBe('I');
    expect(hs.sectionName('I')).toBe('live animals; animal products');
    expect(hs.childrenOf('8517', 'HS2022')).toContain('851714');
  });
});

describe('hsVersionFor', () => {
  it('switches from HS 2017 to HS 2022 on 2022-01-01', () => {
    expect(hsVersionFor('2017-01-01')).toBe('HS2017');
    expect(hsVersionFor('2021-12-31')).toBe('HS2017');
    expect(hsVersionFor('2021-12-31T23:59:59Z')).toBe('HS2017');
    expect(hsVersionFor('2022-01-01')).toBe('HS2022');
    expect(hsVersionFor('20220101')).toBe('HS2022');
    expect(hsVersionFor(new Date(Date.UTC(2024, 5, 1)))).toBe('HS2022');
  });

  it('has no edition for dates before 2017 or unreadable dates', () => {
    expect(hsVersionFor('2016-12-31')).toBeUndefined();
    expect(hsVersionFor('2021-02-30')).toBeUndefined();
    expect(hsVersionFor('soon')).toBeUndefined();
  });
});

describe('HS suggestions', () => {
  const codes = (list: { code: string }[]) => list.map((suggestion) => suggestion.code);

  it('offers the HS 2022 codes of the same heading for an HS 2017 code, closest wording first', () => {
    const suggestions = hs.suggest({ code: '851712', version: 'HS2022' });
    expect(suggestions[0]).toMatchObject({ code: '851713', reason: 'other-edition' });
    expect(codes(suggestions)).toContain('851714');
    expect(codes(suggestions).every((code) => code.startsWith('8517'))).toBe(true);
    expect(codes(suggestions)).not.toContain('851712');
  });

  it('restores a leading zero lost by a spreadsheet and removes separators', () => {
    expect(hs.suggest({ code: '10121', version: 'HS2022' })[0]).toMatchObject({ code: '010121', reason: 'leading-zero' });
    expect(hs.suggest({ code: '8517.13', version: 'HS2022' })[0]).toMatchObject({ code: '851713', reason: 'format' });
  });

  it('ranks the same heading by the goods description and adds matches from the whole nomenclature', () => {
    const suggestions = hs.suggest({ code: '640499', version: 'HS2022', goodsDescription: 'running shoes' });
    expect(suggestions[0]).toMatchObject({ code: '640411', reason: 'same-heading' });
    const byWords = hs.suggest({ code: '999990', version: 'HS2022', goodsDescription: 'smartphone' });
    expect(byWords.filter((suggestion) => suggestion.reason === 'description')[0]?.code).toBe('851713');
  });

  it('finds codes by everyday words through the synonym list', () => {
    const index = hs.descriptionIndex('HS2022');
    expect(codes(index.search('laptop computer', 1))).toEqual(['847130']);
    expect(codes(index.search('wireless earbuds', 1))).toEqual(['851830']);
    expect(codes(index.search('bicycle', 1))).toEqual(['871200']);
  });
});
