import type { RuleCase } from './rule-case.js';
import { first } from './rule-case.js';

const existing = { contentHash: 'a'.repeat(64), version: 1, functionCode: '9' };

/** Cases of the rules that look at the declaration as a whole. */
export const DECLARATION_RULE_CASES: RuleCase[] = [
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
];
