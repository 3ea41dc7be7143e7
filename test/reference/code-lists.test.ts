import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/core/reference/calendar-date.js';
import { contentWords, foldWord, words } from '../../src/core/reference/text-tokens.js';
import { loadReferenceData } from '../../src/reference-data/load-reference-data.js';

const { codeLists } = loadReferenceData();

describe('CodeLists', () => {
  it('reads declaration types as kind and data set', () => {
    expect(codeLists.declarationType('IMA')).toMatchObject({ kind: 'import', dataSet: 'full' });
    expect(codeLists.declarationType('IMC')).toMatchObject({ kind: 'import', dataSet: 'simplified' });
    expect(codeLists.declarationType('EXD')).toMatchObject({ kind: 'export', dataSet: 'full' });
    expect(codeLists.declarationType('IMQ')).toMatchObject({ kind: 'import', dataSet: 'summary' });
    expect(codeLists.declarationType('IM')).toMatchObject({ kind: 'import', dataSet: 'full' });
    expect(codeLists.declarationType('COR')).toMatchObject({ kind: 'request', dataSet: 'request' });
    expect(codeLists.declarationType('INV')).toMatchObject({ kind: 'request' });
    expect(codeLists.declarationType('IMP')).toBeUndefined();
    expect(codeLists.declarationType('IMAX')).toBeUndefined();
  });

  it('knows the message functions and which of them change a lodged declaration', () => {
    expect(codeLists.messageFunction('9')).toEqual({ name: 'original', amends: false });
    expect(codeLists.messageFunction('13')?.amends).toBe(true);
    expect(codeLists.messageFunction('2')).toBeUndefined();
  });

  it('knows the UN/ECE Recommendation 19 transport modes', () => {
    expect(codeLists.transportMode('4')).toBe('air');
    expect(codeLists.transportModeCodes()).toHaveLength(10);
    expect(codeLists.transportMode('40')).toBeUndefined();
  });

  it('recognises descriptions made only of generic terms, in several languages', () => {
    for (const vague of ['Gift', 'gifts', 'SPARE PARTS', 'parts and accessories', 'Personal effects', 'various goods', 'Geschenk', 'pièces détachées', 'подарок', '礼物', '3 pcs clothes'])
      expect(codeLists.isVagueDescription(vague), vague).toBe(true);
    for (const precise of ['bicycle spare parts', "children's wooden puzzle", 'gift wrapping paper', 'cotton T-shirts', '12345', ''])
      expect(codeLists.isVagueDescription(precise), precise).toBe(false);
  });

  it('tells preferential duty regimes and proofs of origin', () => {
    expect(codeLists.isPreferentialRegime('300')).toBe(true);
    expect(codeLists.isPreferentialRegime('FEU1')).toBe(true);
    expect(codeLists.isPreferentialRegime('100')).toBe(false);
    expect(codeLists.isPreferentialRegime('A')).toBe(false);
    expect(codeLists.isOriginProof({ categoryCode: 'N', typeCode: '954' })).toBe(true);
    expect(codeLists.isOriginProof({ typeCode: 'N954' })).toBe(true);
    expect(codeLists.isOriginProof({ categoryCode: 'U', typeCode: '110' })).toBe(true);
    expect(codeLists.isOriginProof({ categoryCode: 'N', typeCode: '935' })).toBe(false);
    expect(codeLists.isOriginProof({ typeCode: 'N935' })).toBe(false);
  });
});

describe('text tokens', () => {
  it('folds English plurals', () => {
    expect(['boxes', 'batteries', 'shoes', 'tomatoes', 'glass', 'bus', 'gas'].map(foldWord)).toEqual([
      'box',
      'battery',
      'shoe',
      'tomato',
      'glass',
      'bus',
      'gas',
    ]);
  });

  it('splits words in any script and drops numbers and stop words', () => {
    expect(words('Men’s T-shirts, 100% cotton')).toEqual(['men', 's', 't', 'shirt', 'cotton']);
    expect(words('Подарки и игрушки')).toEqual(['подарки', 'и', 'игрушки']);
    expect(contentWords('Parts of a kind used for bicycles, other than tyres')).toEqual(['bicycle', 'tyre']);
  });
});

describe('parseCalendarDate', () => {
  it('reads ISO 8601 and the compact WCO format 304', () => {
    const day = Date.UTC(2020, 2, 4);
    for (const text of ['2020-03-04', '2020-03-04T10:15:00Z', '2020-03-04 10:15', '20200304', '20200304101500Z', '20200304101500+01'])
      expect(parseCalendarDate(text), text).toBe(day);
  });

  it('refuses impossible and foreign dates', () => {
    for (const text of ['2021-02-29', '2020-13-01', '04/03/2020', '2020-3-4', '2020-03-04x', '', 'yesterday'])
      expect(parseCalendarDate(text), text).toBeNaN();
    expect(parseCalendarDate('2020-02-29')).toBe(Date.UTC(2020, 1, 29));
  });
});
