import type { Declaration, GoodsItem } from '../../src/core/model/declaration-schema.js';
import type { ValidationContext } from '../../src/core/validation/validation-context.js';
import { UnitValueHistory } from '../../src/core/validation/unit-value-history.js';

/** One rule's good and bad case: a change to a clean declaration, and the context to validate it in. */
export interface RuleCase {
  rule: string;
  /** Makes the clean declaration fail the rule. */
  bad: (declaration: Declaration) => void;
  /** The path the finding must point at. */
  path: string;
  /** A near miss that must pass the rule (default: the clean declaration itself). */
  good?: (declaration: Declaration) => void;
  context?: Partial<ValidationContext>;
  goodContext?: Partial<ValidationContext>;
  /** Expected suggestions, when the rule makes some. */
  suggestions?: string[];
}

const first = (declaration: Declaration): GoodsItem => declaration.goodsItems[0]!;
const existing = { contentHash: 'a'.repeat(64), version: 1, functionCode: '9' };

/** A history where HS 847130 in EUR sells at about 100 EUR per kg. */
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

export const RULE_CASES: RuleCase[] = [
  {
    rule: 'DUP-CHANGED-ORIGINAL',
    bad: () => undefined,
    path: 'functionCode',
    context: { contentHash: 'b'.repeat(64), existing },
    good: (d) => void (d.functionCode = '13'),
    goodContext: { contentHash: 'b'.repeat(64), existing },
  },
  {
    rule: 'DUP-SAME-CONTENT',
    bad: () => undefined,
    path: 'functionalReferenceId',
    context: { contentHash: existing.contentHash, existing },
    goodContext: { contentHash: existing.contentHash },
  },
  {
    rule: 'DUP-AMENDMENT-WITHOUT-ORIGINAL',
    bad: (d) => void (d.functionCode = '13'),
    path: 'functionCode',
    context: { contentHash: 'b'.repeat(64) },
    good: (d) => void (d.functionCode = '13'),
    goodContext: { contentHash: 'b'.repeat(64), existing },
  },
  {
    rule: 'REQ-DECLARATION-TYPE',
    bad: (d) => void delete d.typeCode,
    path: 'typeCode',
    good: (d) => void (d.typeCode = 'IMA'),
  },
  {
    rule: 'REQ-DATE',
    bad: (d) => void delete d.issueDate,
    path: 'issueDate',
    good: (d) => {
      delete d.issueDate;
      d.acceptanceDate = '2024-03-04';
    },
  },
  {
    rule: 'REQ-DECLARANT',
    bad: (d) => void delete d.parties.declarant,
    path: 'parties.declarant.id',
    good: (d) => {
      delete d.parties.declarant;
      d.functionCode = '13';
    },
  },
  {
    rule: 'REQ-IMPORTER',
    bad: (d) => void delete d.parties.importer,
    path: 'parties.importer.id',
    good: (d) => {
      d.parties.importer = { name: 'Northwind Trading' };
    },
  },
  {
    rule: 'REQ-EXPORTER',
    bad: (d) => {
      d.typeCode = 'EXA';
      delete d.parties.exporter;
    },
    path: 'parties.exporter.id',
    good: (d) => void (d.typeCode = 'EXA'),
  },
  {
    rule: 'REQ-GOODS-ITEMS',
    bad: (d) => void (d.goodsItems = []),
    path: 'goodsItems',
    good: (d) => {
      d.typeCode = 'IMQ';
      d.goodsItems = [];
    },
  },
  {
    rule: 'REQ-REFERENCE',
    bad: (d) => void delete d.functionalReferenceId,
    path: 'functionalReferenceId',
    good: (d) => {
      delete d.functionalReferenceId;
      d.mrn = '20GB1NA4Y2YSRFGVR6';
    },
  },
  {
    rule: 'REQ-DISPATCH-COUNTRY',
    bad: (d) => void delete d.consignment.exportCountryCode,
    path: 'consignment.exportCountryCode',
    good: (d) => {
      d.typeCode = 'IMC';
      delete d.consignment.exportCountryCode;
    },
  },
  {
    rule: 'REQ-TRANSPORT-MODE',
    bad: (d) => void (d.transport = {}),
    path: 'transport.border.modeCode',
    good: (d) => void (d.transport = { departure: { modeCode: '4' } }),
  },
  {
    rule: 'REQ-CURRENCY',
    bad: (d) => {
      delete d.currencyCode;
      for (const item of d.goodsItems) delete item.currencyCode;
    },
    path: 'currencyCode',
    good: (d) => void delete d.currencyCode,
  },
  { rule: 'CL-FUNCTION-CODE', bad: (d) => void (d.functionCode = '99'), path: 'functionCode' },
  {
    rule: 'CL-DECLARATION-TYPE',
    bad: (d) => void (d.typeCode = 'IMP'),
    path: 'typeCode',
    good: (d) => void (d.typeCode = 'IMZ'),
  },
  {
    rule: 'CL-DISPATCH-DESTINATION-COUNTRY',
    bad: (d) => void (d.consignment.exportCountryCode = 'CHN'),
    path: 'consignment.exportCountryCode',
    suggestions: ['CN'],
    good: (d) => void (d.consignment.exportCountryCode = 'ZZ'),
  },
  {
    rule: 'CL-COUNTRY-PLACEHOLDER',
    bad: (d) => void (d.consignment.destinationCountryCode = 'XX'),
    path: 'consignment.destinationCountryCode',
  },
  {
    rule: 'CL-OTHER-COUNTRY',
    bad: (d) => void (d.parties.importer!.address!.countryCode = 'EN'),
    path: 'parties.importer.address.countryCode',
  },
  {
    rule: 'CL-CURRENCY-UNKNOWN',
    bad: (d) => void (d.currencyCode = 'eur'),
    path: 'currencyCode',
    suggestions: ['EUR'],
  },
  {
    rule: 'CL-CURRENCY-WITHDRAWN',
    bad: (d) => void (first(d).currencyCode = 'DEM'),
    path: 'goodsItems[0].currencyCode',
    good: (d) => {
      first(d).currencyCode = 'DEM';
      d.issueDate = '2001-06-01';
    },
  },
  {
    rule: 'CL-TRANSPORT-MODE',
    bad: (d) => void (d.transport.border!.modeCode = 'AIR'),
    path: 'transport.border.modeCode',
  },
  {
    rule: 'CL-TRANSPORT-MODE-NATIONAL',
    bad: (d) => void (d.transport.arrival!.modeCode = '40'),
    path: 'transport.arrival.modeCode',
    suggestions: ['4'],
  },
  {
    rule: 'HS-NO-EDITION',
    bad: (d) => void (d.issueDate = '2015-06-01'),
    path: 'issueDate',
    good: (d) => void (d.issueDate = '2017-01-01'),
  },
  { rule: 'DATE-UNPARSEABLE', bad: (d) => void (d.issueDate = '31/02/2024'), path: 'issueDate' },
  {
    rule: 'DATE-FUTURE',
    bad: (d) => void (d.issueDate = '2031-01-05'),
    path: 'issueDate',
    good: (d) => void (d.issueDate = '2024-06-02'),
  },
  {
    rule: 'DATE-TOO-OLD',
    bad: (d) => void (d.issueDate = '2014-01-06'),
    path: 'issueDate',
    good: (d) => void (d.issueDate = '2017-01-06'),
  },
  {
    rule: 'DATE-ACCEPTANCE-BEFORE-ISSUE',
    bad: (d) => void (d.acceptanceDate = '2024-03-01'),
    path: 'acceptanceDate',
    good: (d) => void (d.acceptanceDate = '2024-03-04T16:00:00Z'),
  },
  {
    rule: 'ID-PARTY-EORI',
    bad: (d) => void (d.parties.importer!.id = 'gb 5532 0273 4852'),
    path: 'parties.importer.id',
    good: (d) => void (d.parties.importer!.id = 'DE1234567'),
  },
  {
    rule: 'ID-LRN-FORMAT',
    bad: (d) => void (d.functionalReferenceId = 'ORDER 2024/03/04 #1234567890'),
    path: 'functionalReferenceId',
    good: (d) => void (d.functionalReferenceId = 'U.7867523JNCOL'),
  },
  {
    rule: 'ID-MRN-FORMAT',
    bad: (d) => void (d.mrn = '24-GB-34F7'),
    path: 'mrn',
    good: (d) => void (d.mrn = '24GBCN7NW8U7JWIAR4'),
  },
  {
    rule: 'ID-MRN-CHECK-DIGIT',
    bad: (d) => void (d.mrn = '20GB1NA4Y2YSRFGVR7'),
    path: 'mrn',
    good: (d) => void (d.mrn = '20GB1NA4Y2YSRFGVR6'),
  },
  {
    rule: 'ID-CONTAINER-FORMAT',
    bad: (d) => void (d.consignment.containers![0]!.id = 'MSC 12345'),
    path: 'consignment.containers[0].id',
    good: (d) => void (d.consignment.containers![0]!.id = 'tclu 554648-2'),
  },
  {
    rule: 'ID-CONTAINER-CHECK-DIGIT',
    bad: (d) => void (d.consignment.containers![0]!.id = 'CONU1234567'),
    path: 'consignment.containers[0].id',
    good: (d) => void (d.consignment.containers![0]!.id = 'CSQU3054383'),
  },
  { rule: 'NUM-NEGATIVE', bad: (d) => void (first(d).netMassKg = -5), path: 'goodsItems[0].netMassKg' },
  {
    rule: 'NUM-ABSURD',
    bad: (d) => void (d.totalGrossMassKg = 2.5e10),
    path: 'totalGrossMassKg',
    good: (d) => void (first(d).itemPrice = 9e13),
  },
  {
    rule: 'TOT-ITEM-COUNT',
    bad: (d) => void (d.goodsItemQuantity = d.goodsItems.length + 2),
    path: 'goodsItemQuantity',
  },
  {
    rule: 'TOT-ITEM-SEQUENCE',
    bad: (d) => void (d.goodsItems = [first(d), { ...first(d) }]),
    path: `goodsItems[1].sequence`,
  },
  {
    rule: 'TOT-GROSS-MASS',
    bad: (d) => void (d.totalGrossMassKg = d.totalGrossMassKg! + 500),
    path: 'totalGrossMassKg',
    good: (d) => void (d.totalGrossMassKg = d.totalGrossMassKg! + 0.5),
  },
  {
    rule: 'TOT-PACKAGES',
    bad: (d) => void (d.totalPackageQuantity = d.totalPackageQuantity! + 5),
    path: 'totalPackageQuantity',
  },
  {
    rule: 'TOT-INVOICE-AMOUNT',
    bad: (d) => void (d.invoiceAmount = d.invoiceAmount! * 2 + 10),
    path: 'invoiceAmount',
    good: (d) => {
      d.invoiceAmount = d.invoiceAmount! * 2 + 10;
      first(d).currencyCode = 'USD';
    },
  },
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
