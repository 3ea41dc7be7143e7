import type { Declaration } from '../../src/core/model/declaration-schema.js';
import { UnitValueHistory } from '../../src/core/validation/unit-value-history.js';
import type { RuleCase } from './rule-case.js';
import { first } from './rule-case.js';

/** A history where HS 847130 in EUR sells at 100 to 140 EUR per kg. */
function laptopHistory(): UnitValueHistory {
  const history = new UnitValueHistory({ minSamples: 20 });
  for (let n = 0; n < 40; n++) history.add({ hs6: '847130', currency: 'EUR', value: 1000 + n * 10, netMassKg: 10 });
  return history;
}

function laptops(declaration: Declaration, pricePerKg: number): void {
  const item = first(declaration);
  item.classifications[0]!.id = '84713000';
  item.description = 'Portable laptop computers';
  item.netMassKg = 10;
  item.grossMassKg = 11;
  item.itemPrice = pricePerKg * 10;
  item.currencyCode = 'EUR';
  delete declaration.invoiceAmount;
  delete declaration.totalGrossMassKg;
}

/** Cases of the rules that look at one goods item. */
export const ITEM_RULE_CASES: RuleCase[] = [
  {
    rule: 'REQ-GOODS-IDENTITY',
    bad: (d) => {
      delete first(d).description;
      first(d).classifications = [];
    },
    path: 'goodsItems[0].description',
  },
  {
    rule: 'REQ-DESCRIPTION',
    bad: (d) => void delete first(d).description,
    path: 'goodsItems[0].description',
  },
  {
    rule: 'REQ-COMMODITY-CODE',
    bad: (d) => {
      first(d).classifications = [{ id: '00', identificationTypeCode: 'TRC' }];
      first(d).description = 'smartphone';
    },
    path: 'goodsItems[0].classifications[0].id',
    good: (d) => {
      d.typeCode = 'IMB';
      first(d).classifications = [];
    },
  },
  { rule: 'REQ-ORIGIN', bad: (d) => void delete first(d).originCountryCode, path: 'goodsItems[0].originCountryCode' },
  {
    rule: 'REQ-VALUE',
    bad: (d) => {
      delete first(d).itemPrice;
      delete first(d).customsValue;
    },
    path: 'goodsItems[0].itemPrice',
    good: (d) => void delete first(d).itemPrice,
  },
  { rule: 'REQ-NET-MASS', bad: (d) => void delete first(d).netMassKg, path: 'goodsItems[0].netMassKg' },
  {
    rule: 'CL-ORIGIN-COUNTRY',
    bad: (d) => void (first(d).originCountryCode = 'UK'),
    path: 'goodsItems[0].originCountryCode',
    suggestions: ['GB'],
  },
  {
    rule: 'CL-ORIGIN-UNKNOWN',
    bad: (d) => void (first(d).originCountryCode = 'ZZ'),
    path: 'goodsItems[0].originCountryCode',
  },
  {
    rule: 'HS-FORMAT',
    bad: (d) => void (first(d).classifications[0]!.id = '8517.13.00'),
    path: 'goodsItems[0].classifications[0].id',
    suggestions: ['85171300'],
    good: (d) => void (first(d).classifications[0]!.id = ' 8517130000 '),
  },
  {
    rule: 'HS-TOO-SHORT',
    bad: (d) => void (first(d).classifications[0]!.id = '8517'),
    path: 'goodsItems[0].classifications[0].id',
  },
  {
    rule: 'HS-UNKNOWN',
    bad: (d) => void (first(d).classifications[0]!.id = '851712'),
    path: 'goodsItems[0].classifications[0].id',
    good: (d) => {
      first(d).classifications[0]!.id = '851712';
      first(d).classifications[0]!.identificationTypeCode = 'TRA';
    },
  },
  {
    rule: 'HS-VERSION-MISMATCH',
    bad: (d) => void (first(d).classifications[0]!.nomenclatureVersion = 'HS2017'),
    path: 'goodsItems[0].classifications[0].nomenclatureVersion',
    good: (d) => void (first(d).classifications[0]!.nomenclatureVersion = 'HS 2022'),
  },
  {
    rule: 'DESC-VAGUE',
    bad: (d) => {
      first(d).description = 'Gift';
      first(d).classifications = [];
      d.typeCode = 'IMB';
    },
    path: 'goodsItems[0].description',
    good: (d) => {
      first(d).description = "Children's wooden puzzle";
      first(d).classifications = [];
      d.typeCode = 'IMB';
    },
  },
  {
    rule: 'DESC-VAGUE-WITH-CODE',
    bad: (d) => void (first(d).description = 'spare parts'),
    path: 'goodsItems[0].description',
    good: (d) => void (first(d).description = 'brake discs for cars'),
  },
  {
    rule: 'DESC-NOT-WORDS',
    bad: (d) => void (first(d).description = '8517.13 / 00'),
    path: 'goodsItems[0].description',
  },
  {
    rule: 'HS-DESCRIPTION-MISMATCH',
    bad: (d) => {
      first(d).classifications[0]!.id = '85171300';
      first(d).description = 'running shoes';
    },
    path: 'goodsItems[0].classifications[0].id',
    good: (d) => {
      first(d).classifications[0]!.id = '64041100';
      first(d).description = 'running shoes';
    },
  },
  { rule: 'NUM-ZERO-MASS', bad: (d) => void (first(d).netMassKg = 0), path: 'goodsItems[0].netMassKg' },
  { rule: 'NUM-ZERO-VALUE', bad: (d) => void (first(d).itemPrice = 0), path: 'goodsItems[0].itemPrice' },
  {
    rule: 'NUM-NET-ABOVE-GROSS',
    bad: (d) => {
      first(d).netMassKg = 100;
      first(d).grossMassKg = 50;
    },
    path: 'goodsItems[0].netMassKg',
    good: (d) => {
      first(d).netMassKg = 50;
      first(d).grossMassKg = 50;
    },
  },
  {
    rule: 'VAL-UNIT-VALUE',
    bad: (d) => laptops(d, 0.5),
    path: 'goodsItems[0].itemPrice',
    context: { unitValues: laptopHistory() },
    good: (d) => laptops(d, 300),
    goodContext: { unitValues: laptopHistory() },
  },
  {
    rule: 'PREF-NO-PROOF',
    bad: (d) => void (first(d).dutyTaxFees![0]!.dutyRegimeCode = '300'),
    path: 'goodsItems[0].dutyTaxFees[0].dutyRegimeCode',
    good: (d) => {
      first(d).dutyTaxFees![0]!.dutyRegimeCode = '300';
      d.documents = [{ categoryCode: 'N', typeCode: '954', id: 'EUR1-123456' }];
    },
  },
];
