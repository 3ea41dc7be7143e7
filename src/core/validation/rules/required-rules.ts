import type { Party } from '../../model/declaration-schema.js';
import { present } from '../declaration-values.js';
import type { DeclarationRule, FindingFacts } from '../rule.js';

const ORIGINALS = 'original declarations (message function 9), any type';
const hasParty = (party: Party | undefined) => present(party?.id) || present(party?.name);

export const declarationTypeMissing: DeclarationRule<FindingFacts & { assumed: string }> = {
  id: 'REQ-DECLARATION-TYPE',
  severity: 'warning',
  category: 'required',
  element: 'typeCode',
  title: 'Declaration type given',
  appliesTo: ORIGINALS,
  scope: 'declaration',
  message: ({ assumed }) =>
    `The declaration does not say what kind of declaration it is (import, export...). We treated it as ${assumed}.`,
  fix: () =>
    'Add the declaration type, for example IMA for a standard import declaration or EXA for a standard export declaration.',
  example: { path: 'typeCode', assumed: 'an import declaration, because it names an importer' },
  check(declaration, run) {
    if (!run.isOriginal || present(declaration.typeCode)) return;
    const assumed =
      run.kind === 'import'
        ? 'an import declaration, because it names an importer'
        : run.kind === 'export'
          ? 'an export declaration, because it names an exporter'
          : 'a declaration of unknown kind and checked only what every declaration needs';
    run.report(declarationTypeMissing, { path: 'typeCode', assumed });
  },
};

export const dateMissing: DeclarationRule<FindingFacts & { today: string }> = {
  id: 'REQ-DATE',
  severity: 'warning',
  category: 'required',
  element: 'issueDate',
  title: 'Declaration date given',
  appliesTo: 'every declaration',
  scope: 'declaration',
  message: ({ today }) =>
    `The declaration has no date, so we checked its codes against the rules in force today (${today}).`,
  fix: () => 'Add the date the declaration was made out (YYYY-MM-DD).',
  example: { path: 'issueDate', today: '2024-06-01' },
  check(declaration, run) {
    if (run.dateSource !== 'today' || present(declaration.issueDate) || present(declaration.acceptanceDate)) return;
    run.report(dateMissing, { path: 'issueDate', today: run.dateText });
  },
};

export const declarantMissing: DeclarationRule = {
  id: 'REQ-DECLARANT',
  severity: 'error',
  category: 'required',
  element: 'parties.declarant.id',
  title: 'Declarant identified',
  appliesTo: ORIGINALS,
  scope: 'declaration',
  message: () => 'The declaration does not say who is making it: the declarant is missing.',
  fix: () =>
    'Add the identification number of the person or company making the declaration (for example their EORI number).',
  example: { path: 'parties.declarant.id' },
  check(declaration, run) {
    if (run.isOriginalDeclaration && !hasParty(declaration.parties.declarant))
      run.report(declarantMissing, { path: 'parties.declarant.id' });
  },
};

export const importerMissing: DeclarationRule = {
  id: 'REQ-IMPORTER',
  severity: 'error',
  category: 'required',
  element: 'parties.importer.id',
  title: 'Importer identified',
  appliesTo: 'original import declarations, full or simplified',
  scope: 'declaration',
  message: () => 'The declaration does not name the importer, the person or company the goods are for.',
  fix: () => "Add the importer's identification number (for example their EORI number), or their name and address.",
  example: { path: 'parties.importer.id' },
  check(declaration, run) {
    if (run.isOriginalDeclaration && run.kind === 'import' && run.dataSet !== 'summary')
      if (!hasParty(declaration.parties.importer)) run.report(importerMissing, { path: 'parties.importer.id' });
  },
};

export const exporterMissing: DeclarationRule = {
  id: 'REQ-EXPORTER',
  severity: 'error',
  category: 'required',
  element: 'parties.exporter.id',
  title: 'Exporter identified',
  appliesTo: 'original export declarations, full or simplified',
  scope: 'declaration',
  message: () => 'The export declaration does not name the exporter, the person or company sending the goods.',
  fix: () => "Add the exporter's identification number (for example their EORI number), or their name and address.",
  example: { path: 'parties.exporter.id' },
  check(declaration, run) {
    if (run.isOriginalDeclaration && run.kind === 'export' && run.dataSet !== 'summary')
      if (!hasParty(declaration.parties.exporter)) run.report(exporterMissing, { path: 'parties.exporter.id' });
  },
};

export const goodsItemsMissing: DeclarationRule = {
  id: 'REQ-GOODS-ITEMS',
  severity: 'error',
  category: 'required',
  element: 'goodsItems',
  title: 'At least one goods item',
  appliesTo: 'original declarations except summary (final supplementary) declarations',
  scope: 'declaration',
  message: () => 'The declaration does not list any goods.',
  fix: () =>
    'Add one goods item for each kind of goods in the shipment, with its description, commodity code, mass and value.',
  example: { path: 'goodsItems' },
  check(declaration, run) {
    if (run.isOriginalDeclaration && run.dataSet !== 'summary' && declaration.goodsItems.length === 0)
      run.report(goodsItemsMissing, { path: 'goodsItems' });
  },
};

export const referenceMissing: DeclarationRule = {
  id: 'REQ-REFERENCE',
  severity: 'warning',
  category: 'required',
  element: 'functionalReferenceId',
  title: 'Own reference (LRN) given',
  appliesTo: ORIGINALS,
  scope: 'declaration',
  message: () =>
    'The declaration carries no reference of yours (LRN) and no movement reference number, so a later correction cannot be matched to it.',
  fix: () => 'Give every declaration a reference of your own that you never reuse, for example your shipment number.',
  example: { path: 'functionalReferenceId' },
  check(declaration, run) {
    if (run.isOriginalDeclaration && !present(declaration.functionalReferenceId) && !present(declaration.mrn))
      run.report(referenceMissing, { path: 'functionalReferenceId' });
  },
};

export const dispatchCountryMissing: DeclarationRule = {
  id: 'REQ-DISPATCH-COUNTRY',
  severity: 'warning',
  category: 'required',
  element: 'consignment.exportCountryCode',
  title: 'Country of dispatch given',
  appliesTo: 'original import declarations with a full data set',
  scope: 'declaration',
  message: () => 'The declaration does not say which country the goods were sent from.',
  fix: () => 'Add the two-letter code of the country the goods were dispatched from, for example CN for China.',
  example: { path: 'consignment.exportCountryCode' },
  check(declaration, run) {
    if (run.needsFullData && run.kind === 'import' && !present(declaration.consignment.exportCountryCode))
      run.report(dispatchCountryMissing, { path: 'consignment.exportCountryCode' });
  },
};

export const transportModeMissing: DeclarationRule = {
  id: 'REQ-TRANSPORT-MODE',
  severity: 'warning',
  category: 'required',
  element: 'transport.border.modeCode',
  title: 'Mode of transport given',
  appliesTo: 'original declarations with a full data set',
  scope: 'declaration',
  message: () => 'The declaration does not say how the goods travel across the border (sea, air, road, post...).',
  fix: () => 'Add the transport mode: 1 sea, 2 rail, 3 road, 4 air, 5 post, 7 pipeline, 8 inland waterway.',
  example: { path: 'transport.border.modeCode' },
  check(declaration, run) {
    if (!run.needsFullData) return;
    const { border, arrival, departure } = declaration.transport;
    if (!present(border?.modeCode) && !present(arrival?.modeCode) && !present(departure?.modeCode))
      run.report(transportModeMissing, { path: 'transport.border.modeCode' });
  },
};

export const currencyMissing: DeclarationRule = {
  id: 'REQ-CURRENCY',
  severity: 'warning',
  category: 'required',
  element: 'currencyCode',
  title: 'Currency of the amounts given',
  appliesTo: 'declarations that state an amount',
  scope: 'declaration',
  message: () => 'The declaration gives prices or values but does not say in which currency.',
  fix: () => 'Add the three-letter currency code of the invoice, for example EUR, USD or KRW.',
  example: { path: 'currencyCode' },
  check(declaration, run) {
    if (present(declaration.currencyCode)) return;
    let amounts = declaration.invoiceAmount !== undefined;
    for (const item of declaration.goodsItems) {
      if (present(item.currencyCode)) return;
      amounts ||= item.itemPrice !== undefined || item.customsValue !== undefined;
    }
    if (amounts) run.report(currencyMissing, { path: 'currencyCode' });
  },
};

export const REQUIRED_DECLARATION_RULES = [
  declarationTypeMissing,
  dateMissing,
  declarantMissing,
  importerMissing,
  exporterMissing,
  goodsItemsMissing,
  referenceMissing,
  dispatchCountryMissing,
  transportModeMissing,
  currencyMissing,
];
