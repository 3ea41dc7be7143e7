import { describe, expect, it } from 'vitest';
import { compileAllowList } from '../../../src/core/exchange/field-path.js';
import { projectDeclaration } from '../../../src/core/exchange/project-declaration.js';
import { fieldsOutside, projectFields } from '../../../src/core/exchange/projection.js';
import { buildAgreement, buildDeclaration } from '../support/factories.js';

const trie = (...paths: string[]) => compileAllowList(paths).trie;

describe('projectFields', () => {
  it('keeps exactly the listed leaves, through [] wildcards', () => {
    const declaration = buildDeclaration();
    expect(
      projectFields(declaration, trie('goodsItems[].classifications[].id', 'consignment.exportCountryCode')),
    ).toEqual({
      consignment: { exportCountryCode: 'AU' },
      goodsItems: [{ classifications: [{ id: '020230' }] }, { classifications: [{ id: '690722' }] }],
    });
  });

  it('grants a whole subtree when a path ends on an object', () => {
    expect(projectFields(buildDeclaration(), trie('parties.importer'))).toEqual({
      parties: {
        importer: { id: 'QLRUBN9', name: 'Seoul Meat Trading', address: { cityName: 'Seoul', countryCode: 'KR' } },
      },
    });
  });

  it('denies an array reached without [] and an object reached with it', () => {
    expect(projectFields(buildDeclaration(), trie('goodsItems.sequence'))).toBeUndefined();
    expect(projectFields(buildDeclaration(), trie('consignment[].exportCountryCode'))).toBeUndefined();
  });

  it('returns copies, never the caller objects', () => {
    const declaration = buildDeclaration();
    const projected = projectFields(declaration, trie('parties.importer')) as {
      parties: { importer: { name: string } };
    };
    projected.parties.importer.name = 'changed';
    expect(declaration.parties.importer?.name).toBe('Seoul Meat Trading');
  });

  it('ignores inherited members and prototype keys', () => {
    const hostile = JSON.parse('{"__proto__":{"polluted":1},"typeCode":"IM"}') as object;
    expect(projectFields(hostile, trie('typeCode', 'polluted'))).toEqual({ typeCode: 'IM' });
  });
});

describe('fieldsOutside', () => {
  it('names every concrete path outside the allow list', () => {
    const value = {
      typeCode: 'EX',
      goodsItems: [
        { sequence: 1, netMassKg: 3 },
        { sequence: 2, description: 'x' },
      ],
    };
    expect(fieldsOutside(value, trie('typeCode', 'goodsItems[].sequence'))).toEqual([
      'goodsItems[0].netMassKg',
      'goodsItems[1].description',
    ]);
  });

  it('accepts anything under a granted subtree', () => {
    expect(
      fieldsOutside({ parties: { importer: { id: 'A', address: { line: 'x' } } } }, trie('parties.importer')),
    ).toEqual([]);
  });

  it('flags a scalar where the allow list expects an object', () => {
    expect(fieldsOutside({ parties: 'everyone' }, trie('parties.importer.id'))).toEqual(['parties']);
  });
});

describe('projectDeclaration', () => {
  it('shares only the goods items in the HS scope, and only the allowed fields of them', () => {
    const projected = projectDeclaration(buildDeclaration(), buildAgreement());
    expect(projected).toEqual({
      parties: {
        importer: { id: 'QLRUBN9', name: 'Seoul Meat Trading', address: { cityName: 'Seoul', countryCode: 'KR' } },
      },
      goodsItems: [{ sequence: 1, classifications: [{ id: '020230' }], netMassKg: 108 }],
    });
  });

  it('shares nothing when no goods item is in scope', () => {
    const tiles = buildDeclaration({ goodsItems: [buildDeclaration().goodsItems[1]!] });
    expect(projectDeclaration(tiles, buildAgreement())).toBeUndefined();
  });

  it('matches HS headings and ignores additional codes', () => {
    const agreement = buildAgreement({ scope: { hsPrefixes: ['0202'] } });
    const taric = buildDeclaration({
      goodsItems: [{ sequence: 1, classifications: [{ id: '0202', identificationTypeCode: 'TRA' }] }],
    });
    expect(projectDeclaration(buildDeclaration(), agreement)).toBeDefined();
    expect(projectDeclaration(taric, agreement)).toBeUndefined();
  });

  it('applies header conditions: dispatch country and declaration type', () => {
    const fromAustralia = buildAgreement({ scope: { dispatchCountries: ['AU'], declarationTypes: ['IM'] } });
    const fromChina = buildAgreement({ scope: { dispatchCountries: ['CN'] } });
    expect(projectDeclaration(buildDeclaration(), fromAustralia)).toBeDefined();
    expect(projectDeclaration(buildDeclaration(), fromChina)).toBeUndefined();
  });

  it('shares nothing when the allow list is empty', () => {
    expect(projectDeclaration(buildDeclaration(), buildAgreement({ fields: [] }))).toBeUndefined();
  });
});
