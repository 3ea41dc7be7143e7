import { describe, expect, it } from 'vitest';
import { pointerFor } from '../../src/core/model/pointer.js';

describe('pointerFor', () => {
  it('resolves a commodity code to element 145 under 42A, 67A, 68A, 23A, 21A', () => {
    expect(pointerFor('goodsItems[2].classifications[0].id')).toEqual({
      path: 'goodsItems[2].classifications[0].id',
      wcoId: '145',
      xpath: 'Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity/Classification/ID',
      sections: [
        { classId: '42A' },
        { classId: '67A' },
        { classId: '68A', sequence: 3 },
        { classId: '23A' },
        { classId: '21A', sequence: 1 },
      ],
    });
  });

  it('points at an authorisation holder the way the CDS rejection sample does (42A/17C, tag R144)', () => {
    // test/fixtures/wco-xml/notifications: DMSREJ Error/Pointer DocumentSectionCode 42A, 17C + TagID R144
    const pointer = pointerFor('authorisations[0].id');
    expect(pointer.wcoId).toBe('R144');
    expect(pointer.sections.map((section) => section.classId)).toEqual(['42A', '17C']);
  });

  it('hangs shared sub-elements under their enclosing class', () => {
    const address = pointerFor('parties.declarant.address.countryCode');
    expect(address.xpath).toBe('Declaration/Declarant/Address/CountryCode');
    expect(address.sections.map((section) => section.classId)).toEqual(['42A', '57B', '04A']);
    const document = pointerFor('goodsItems[0].documents[3].id');
    expect(document.xpath).toBe('Declaration/GoodsShipment/GovernmentAgencyGoodsItem/AdditionalDocument/ID');
    expect(document.sections.at(-1)).toEqual({ classId: '02A', sequence: 4 });
  });

  it('gives a repeated element its sequence on the nearest class', () => {
    const seal = pointerFor('consignment.containers[1].sealIds[2]');
    expect(seal.sections.slice(-2)).toEqual([
      { classId: '31B', sequence: 2 },
      { classId: '44B', sequence: 3 },
    ]);
    expect(pointerFor('goodsItems[0].additionalProcedureCodes[1]').sections.at(-1)).toEqual({
      classId: '70A',
      sequence: 2,
    });
  });

  it('resolves patterns without indices, header fields and whole classes', () => {
    expect(pointerFor('goodsItems[].netMassKg').sections).toEqual([
      { classId: '42A' },
      { classId: '67A' },
      { classId: '68A' },
      { classId: '23A' },
      { classId: '65A' },
    ]);
    expect(pointerFor('issueDate')).toMatchObject({ wcoId: 'D011', sections: [{ classId: '42A' }] });
    expect(pointerFor('goodsItems[4]')).toMatchObject({ wcoId: '68A', sections: [{}, {}, { sequence: 5 }] });
    expect(pointerFor('transport.border.modeCode')).toMatchObject({
      wcoId: 'T022',
      xpath: 'Declaration/BorderTransportMeans/ModeCode',
    });
  });

  it('stops at the deepest known element of a path that leaves the schema', () => {
    expect(pointerFor('goodsItems[0].noSuchField')).toMatchObject({ path: 'goodsItems[0].noSuchField', wcoId: '68A' });
    expect(pointerFor('nothing.here')).toMatchObject({ wcoId: '42A', xpath: 'Declaration' });
  });

  it('hands out one frozen pointer per path', () => {
    const pointer = pointerFor('goodsItems[7].description');
    expect(pointerFor('goodsItems[7].description')).toBe(pointer);
    expect(Object.isFrozen(pointer) && Object.isFrozen(pointer.sections)).toBe(true);
    expect(pointer.sections[2]).toEqual({ classId: '68A', sequence: 8 });
  });
});
