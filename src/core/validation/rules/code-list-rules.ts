import type { Party } from '../../model/declaration-schema.js';
import { itemLabel, present } from '../declaration-values.js';
import { capitalise, quoted } from '../plain-text.js';
import { itemPath } from '../item-paths.js';
import type { DeclarationRule, FindingFacts, ItemRule } from '../rule.js';
import type { ValidationRun } from '../validation-run.js';

type CodeFacts = FindingFacts & { value: string };
type CountryFacts = CodeFacts & { what: string; hint?: string };

export const functionCodeUnknown: DeclarationRule<CodeFacts & { known: string }> = {
  id: 'CL-FUNCTION-CODE',
  severity: 'error',
  category: 'code-list',
  element: 'functionCode',
  title: 'Message function known',
  appliesTo: 'every declaration',
  scope: 'declaration',
  message: ({ value }) =>
    `The message function ${quoted(value)} is not one we know, so we cannot tell whether this is a new declaration or a change to one.`,
  fix: ({ known }) =>
    `Use 9 for a new declaration or 13 to amend or cancel one you sent before (known codes: ${known}).`,
  example: { path: 'functionCode', value: '99', known: '1, 4, 5, 9, 13' },
  check(declaration, run) {
    const value = declaration.functionCode.trim();
    if (run.reference.codeLists.messageFunction(value)) return;
    const known = run.reference.codeLists.messageFunctionCodes().join(', ');
    run.report(functionCodeUnknown, { path: 'functionCode', value: declaration.functionCode, known });
  },
};

export const declarationTypeUnknown: DeclarationRule<CodeFacts> = {
  id: 'CL-DECLARATION-TYPE',
  severity: 'error',
  category: 'code-list',
  element: 'typeCode',
  title: 'Declaration type known',
  appliesTo: 'declarations that give a type',
  scope: 'declaration',
  message: ({ value }) => `The declaration type ${quoted(value)} is not one we know.`,
  fix: () =>
    'Use IM (import), EX (export) or CO, followed by the kind of declaration: A standard, B or C simplified, D pre-lodged, Z supplementary (for example IMA).',
  example: { path: 'typeCode', value: 'IMP' },
  check(declaration, run) {
    const value = declaration.typeCode;
    if (present(value) && !run.reference.codeLists.declarationType(value.trim()))
      run.report(declarationTypeUnknown, { path: 'typeCode', value });
  },
};

export const originCountryUnknown: ItemRule<CountryFacts> = {
  id: 'CL-ORIGIN-COUNTRY',
  severity: 'error',
  category: 'code-list',
  element: 'goodsItems[].originCountryCode',
  title: 'Country of origin is a country',
  appliesTo: 'goods items that give a country of origin',
  scope: 'item',
  message: ({ value, what }) => `The country of origin ${quoted(value)} of ${what} is not a country code we know.`,
  fix: countryFix,
  example: { path: 'goodsItems[0].originCountryCode', value: 'UK', what: 'goods item 1', hint: 'GB (United Kingdom)' },
  check(item, index, run) {
    const value = item.originCountryCode;
    if (value === undefined || run.reference.countries.status(value) !== 'unknown') return;
    run.report(
      originCountryUnknown,
      countryFacts(run, { path: itemPath(index, 'originCountryCode'), value, what: itemLabel(item, index) }),
    );
  },
};

export const originCountryPlaceholder: ItemRule<CodeFacts & { what: string }> = {
  id: 'CL-ORIGIN-UNKNOWN',
  severity: 'warning',
  category: 'code-list',
  element: 'goodsItems[].originCountryCode',
  title: 'Country of origin known',
  appliesTo: 'goods items that give a country of origin',
  scope: 'item',
  message: ({ value, what }) =>
    `${capitalise(what)} gives ${quoted(value)}, "unknown", as the country of origin. The goods may be checked, and the duty without any preference applies.`,
  fix: () =>
    'Find out where the goods were made (the "Made in" mark, the invoice or the supplier) and give that country\'s two-letter code.',
  example: { path: 'goodsItems[0].originCountryCode', value: 'ZZ', what: 'goods item 1' },
  check(item, index, run) {
    const value = item.originCountryCode;
    if (value !== undefined && run.reference.countries.isPlaceholder(value))
      run.report(originCountryPlaceholder, {
        path: itemPath(index, 'originCountryCode'),
        value,
        what: itemLabel(item, index),
      });
  },
};

export const dispatchOrDestinationUnknown: DeclarationRule<CountryFacts> = {
  id: 'CL-DISPATCH-DESTINATION-COUNTRY',
  severity: 'error',
  category: 'code-list',
  element: 'consignment.exportCountryCode',
  title: 'Countries of dispatch and destination are countries',
  appliesTo: 'declarations that give them',
  scope: 'declaration',
  message: ({ value, what }) => `The ${what} ${quoted(value)} is not a country code we know.`,
  fix: countryFix,
  example: { path: 'consignment.exportCountryCode', value: 'CHN', what: 'country of dispatch', hint: 'CN (China)' },
  check(declaration, run) {
    const { exportCountryCode, destinationCountryCode } = declaration.consignment;
    if (exportCountryCode !== undefined && run.reference.countries.status(exportCountryCode) === 'unknown')
      report(run, { path: 'consignment.exportCountryCode', value: exportCountryCode, what: 'country of dispatch' });
    if (destinationCountryCode !== undefined && run.reference.countries.status(destinationCountryCode) === 'unknown')
      report(run, {
        path: 'consignment.destinationCountryCode',
        value: destinationCountryCode,
        what: 'country of destination',
      });
    const items = declaration.goodsItems;
    for (let index = 0; index < items.length; index++) {
      const { exportCountryCode: dispatch, destinationCountryCode: destination } = items[index]!;
      if (dispatch !== undefined && run.reference.countries.status(dispatch) === 'unknown')
        report(run, { path: itemPath(index, 'exportCountryCode'), value: dispatch, what: 'country of dispatch' });
      if (destination !== undefined && run.reference.countries.status(destination) === 'unknown')
        report(run, {
          path: itemPath(index, 'destinationCountryCode'),
          value: destination,
          what: 'country of destination',
        });
    }
  },
};

export const dispatchOrDestinationPlaceholder: DeclarationRule<CodeFacts & { what: string }> = {
  id: 'CL-COUNTRY-PLACEHOLDER',
  severity: 'warning',
  category: 'code-list',
  element: 'consignment.exportCountryCode',
  title: 'Countries of dispatch and destination known',
  appliesTo: 'declarations that give them',
  scope: 'declaration',
  message: ({ value, what }) => `The ${what} is given as ${quoted(value)}, "unknown".`,
  fix: () =>
    'Give the two-letter code of the actual country, as on the transport document (bill of lading, air waybill).',
  example: { path: 'consignment.exportCountryCode', value: 'ZZ', what: 'country of dispatch' },
  check(declaration, run) {
    const { exportCountryCode, destinationCountryCode } = declaration.consignment;
    const countries = run.reference.countries;
    if (exportCountryCode !== undefined && countries.isPlaceholder(exportCountryCode))
      run.report(dispatchOrDestinationPlaceholder, {
        path: 'consignment.exportCountryCode',
        value: exportCountryCode,
        what: 'country of dispatch',
      });
    if (destinationCountryCode !== undefined && countries.isPlaceholder(destinationCountryCode))
      run.report(dispatchOrDestinationPlaceholder, {
        path: 'consignment.destinationCountryCode',
        value: destinationCountryCode,
        what: 'country of destination',
      });
  },
};

const PARTY_ROLES = [
  'declarant',
  'importer',
  'exporter',
  'seller',
  'buyer',
  'consignee',
  'consignor',
  'agent',
  'carrier',
  'submitter',
] as const;
const TRANSPORT_LEGS = ['border', 'arrival', 'departure'] as const;

export const otherCountryUnknown: DeclarationRule<CountryFacts> = {
  id: 'CL-OTHER-COUNTRY',
  severity: 'error',
  category: 'code-list',
  element: 'parties.importer.address.countryCode',
  title: 'Address and nationality countries are countries',
  appliesTo: 'party addresses, goods location and means of transport that give a country',
  scope: 'declaration',
  message: ({ value, what }) => `The ${what} ${quoted(value)} is not a country code we know.`,
  fix: countryFix,
  example: { path: 'parties.importer.address.countryCode', value: 'EN', what: "importer's address country" },
  check(declaration, run) {
    const countries = run.reference.countries;
    const parties = declaration.parties;
    // Roles one by one, not a keyed loop: this runs for every declaration.
    checkAddress(run, parties.declarant, 'declarant');
    checkAddress(run, parties.importer, 'importer');
    checkAddress(run, parties.exporter, 'exporter');
    checkAddress(run, parties.seller, 'seller');
    checkAddress(run, parties.buyer, 'buyer');
    checkAddress(run, parties.consignee, 'consignee');
    checkAddress(run, parties.consignor, 'consignor');
    checkAddress(run, parties.agent, 'agent');
    checkAddress(run, parties.carrier, 'carrier');
    checkAddress(run, parties.submitter, 'submitter');
    const location = declaration.consignment.goodsLocation?.countryCode;
    if (location !== undefined && countries.status(location) !== 'valid')
      reportOther(run, {
        path: 'consignment.goodsLocation.countryCode',
        value: location,
        what: 'country of the goods location',
      });
    for (const leg of TRANSPORT_LEGS) {
      const value = declaration.transport[leg]?.nationalityCode;
      if (value !== undefined && countries.status(value) !== 'valid')
        reportOther(run, {
          path: `transport.${leg}.nationalityCode`,
          value,
          what: `nationality of the ${leg} means of transport`,
        });
    }
  },
};

function checkAddress(run: ValidationRun, party: Party | undefined, role: (typeof PARTY_ROLES)[number]): void {
  const value = party?.address?.countryCode;
  if (value !== undefined && run.reference.countries.status(value) !== 'valid')
    reportOther(run, { path: ADDRESS_PATHS[role], value, what: `${role}'s address country` });
}

const ADDRESS_PATHS = Object.fromEntries(
  PARTY_ROLES.map((role) => [role, `parties.${role}.address.countryCode`]),
) as Record<(typeof PARTY_ROLES)[number], string>;

function report(run: ValidationRun, facts: CountryFacts): void {
  run.report(dispatchOrDestinationUnknown, countryFacts(run, facts));
}

function reportOther(run: ValidationRun, facts: CountryFacts): void {
  run.report(otherCountryUnknown, countryFacts(run, facts));
}

function countryFacts(run: ValidationRun, facts: CountryFacts): CountryFacts {
  const suggestion = run.reference.countries.suggest(facts.value);
  if (!suggestion) return facts;
  return { ...facts, suggestions: [suggestion], hint: `${suggestion} (${run.reference.countries.name(suggestion)})` };
}

function countryFix({ hint }: CountryFacts): string {
  return hint
    ? `Did you mean ${hint}? Countries are written as two-letter ISO codes.`
    : 'Use the two-letter ISO code of the country, for example CN for China, DE for Germany, US for the United States.';
}

export const CODE_LIST_RULES = [
  functionCodeUnknown,
  declarationTypeUnknown,
  dispatchOrDestinationUnknown,
  dispatchOrDestinationPlaceholder,
  otherCountryUnknown,
];

export const CODE_LIST_ITEM_RULES = [originCountryUnknown, originCountryPlaceholder];
