import type { Declaration } from '../../model/declaration-schema.js';
import { isDigitCode, isDigitsFrom, isLetter, isUpperAlphanumeric, iso6346CheckDigit } from '../check-digits.js';
import { present } from '../declaration-values.js';
import { quoted } from '../plain-text.js';
import type { DeclarationRule, FindingFacts } from '../rule.js';
import type { ValidationRun } from '../validation-run.js';

type IdFacts = FindingFacts & { value: string; problem: string };

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
const SEPARATORS = /[\s-]/g;

export const partyIdFormat: DeclarationRule<IdFacts & { role: string }> = {
  id: 'ID-PARTY-EORI',
  severity: 'warning',
  category: 'identifier',
  element: 'parties.importer.id',
  title: 'EORI-style party numbers well formed',
  appliesTo: 'party identifiers that start with a country code and a digit (EORI style)',
  scope: 'declaration',
  message: ({ value, role, problem }) => `The ${role}'s number ${quoted(value)} ${problem}.`,
  fix: () =>
    'EORI numbers are the two-letter country code followed by up to 15 letters or digits (GB and XI: 12 digits), written in capitals without spaces, for example GB123456789000.',
  example: {
    path: 'parties.importer.id',
    value: 'gb 1234 5678',
    role: 'importer',
    problem: 'should be written in capitals without spaces',
  },
  check(declaration, run) {
    for (const role of PARTY_ROLES) {
      const id = declaration.parties[role]?.id;
      if (id === undefined || !looksLikeEori(id, run)) continue;
      const problem = eoriProblem(id);
      if (problem) run.report(partyIdFormat, { path: `parties.${role}.id`, value: id, role, problem });
    }
  },
};

export const lrnFormat: DeclarationRule<IdFacts> = {
  id: 'ID-LRN-FORMAT',
  severity: 'warning',
  category: 'identifier',
  element: 'functionalReferenceId',
  title: 'Own reference (LRN) accepted everywhere',
  appliesTo: 'declarations with an LRN',
  scope: 'declaration',
  message: ({ value, problem }) => `Your reference ${quoted(value)} ${problem}.`,
  fix: () => 'Use at most 22 letters, digits and simple punctuation (- _ . /), without spaces at the ends.',
  example: {
    path: 'functionalReferenceId',
    value: 'ORDER 2024/03/04 #1234567890',
    problem: 'is longer than 22 characters, the most EU and UK systems accept',
  },
  check(declaration, run) {
    const value = declaration.functionalReferenceId;
    if (!present(value)) return;
    const problem =
      value !== value.trim()
        ? 'starts or ends with spaces'
        : value.length > 22
          ? 'is longer than 22 characters, the most EU and UK systems accept'
          : !isPrintableAscii(value)
            ? 'contains characters that other systems may not accept'
            : undefined;
    if (problem) run.report(lrnFormat, { path: 'functionalReferenceId', value, problem });
  },
};

export const mrnFormat: DeclarationRule<IdFacts> = {
  id: 'ID-MRN-FORMAT',
  severity: 'warning',
  category: 'identifier',
  element: 'mrn',
  title: 'Movement reference number well formed',
  appliesTo: 'declarations that quote an MRN',
  scope: 'declaration',
  message: ({ value, problem }) => `The movement reference number ${quoted(value)} ${problem}.`,
  fix: () => 'Copy the MRN exactly as customs gave it (for example 24GB34F7Y1O2CX8PT4): capitals and digits only.',
  example: { path: 'mrn', value: '24-GB-34F7', problem: 'should contain only capital letters and digits' },
  check(declaration, run) {
    const value = declaration.mrn;
    if (!present(value)) return;
    const problem = !isUpperAlphanumeric(value)
      ? 'should contain only capital letters and digits'
      : value.length < 10 || value.length > 35
        ? `has ${value.length} characters, which no customs system uses`
        : undefined;
    if (problem) run.report(mrnFormat, { path: 'mrn', value, problem });
  },
};

export const mrnCheckDigit: DeclarationRule<IdFacts & { expected: string }> = {
  id: 'ID-MRN-CHECK-DIGIT',
  severity: 'warning',
  category: 'identifier',
  element: 'mrn',
  title: 'EU/UK movement reference number check digit',
  appliesTo: 'MRNs in the 18-character EU/UK form (year, country, 13 characters, check digit)',
  scope: 'declaration',
  message: ({ value, expected }) =>
    `The movement reference number ${quoted(value)} looks mistyped: its last character should be ${expected}.`,
  fix: () => 'Copy the MRN again from the acceptance message or the transit document.',
  example: { path: 'mrn', value: '20GB1NA4Y2YSRFGVR7', problem: '', expected: '6' },
  check(declaration, run) {
    const value = declaration.mrn;
    if (value === undefined || value.length !== 18 || !isUpperAlphanumeric(value)) return;
    if (!isDigitCode(value.charCodeAt(0)) || !isDigitCode(value.charCodeAt(1))) return;
    if (!run.reference.countries.isValidAt(value, 2)) return;
    const expected = iso6346CheckDigit(value, 17);
    if (value.charCodeAt(17) - 48 !== expected)
      run.report(mrnCheckDigit, { path: 'mrn', value, problem: '', expected: String(expected) });
  },
};

/**
 * A warning, not an error: WCO element 159 identifies any transport equipment, and swap bodies,
 * trailers and air cargo units (ULD) carry other numbers than ISO 6346 container numbers.
 */
export const containerFormat: DeclarationRule<IdFacts> = {
  id: 'ID-CONTAINER-FORMAT',
  severity: 'warning',
  category: 'identifier',
  element: 'consignment.containers[].id',
  title: 'Container numbers well formed (ISO 6346)',
  appliesTo: 'declarations that list containers',
  scope: 'declaration',
  message: ({ value }) => `The equipment number ${quoted(value)} is not an ISO 6346 container number.`,
  fix: () =>
    'If the goods travel in a container, give its number: 4 capital letters (the last one U, J or Z) and 7 digits, for example MSCU1234566, as painted on the container and written on the bill of lading. Trailers, swap bodies and air cargo units keep their own numbers.',
  example: { path: 'consignment.containers[0].id', value: 'MSC 12345', problem: '' },
  check(declaration, run) {
    if (!declaration.consignment.containers) return;
    forEachContainer(declaration, (value, index) => {
      if (!isContainerNumber(normalise(value)))
        run.report(containerFormat, { path: `consignment.containers[${index}].id`, value, problem: '' });
    });
  },
};

export const containerCheckDigit: DeclarationRule<IdFacts & { expected: string }> = {
  id: 'ID-CONTAINER-CHECK-DIGIT',
  severity: 'warning',
  category: 'identifier',
  element: 'consignment.containers[].id',
  title: 'Container number check digit (ISO 6346)',
  appliesTo: 'declarations that list well-formed container numbers',
  scope: 'declaration',
  message: ({ value, expected }) =>
    `The container number ${quoted(value)} looks mistyped: with these first ten characters its last digit should be ${expected}.`,
  fix: () => 'Copy the container number again from the bill of lading or the container itself.',
  example: { path: 'consignment.containers[0].id', value: 'CONU1234567', problem: '', expected: '2' },
  check(declaration, run) {
    if (!declaration.consignment.containers) return;
    forEachContainer(declaration, (value, index) => {
      const number = normalise(value);
      if (!isContainerNumber(number)) return;
      const expected = iso6346CheckDigit(number, 10);
      if (number.charCodeAt(10) - 48 !== expected)
        run.report(containerCheckDigit, {
          path: `consignment.containers[${index}].id`,
          value,
          problem: '',
          expected: String(expected),
        });
    });
  },
};

/**
 * Two letters of a real country, a digit, at least eight characters once spaces are gone: the
 * shape of an EORI number (GB123..., DE1234567). Shorter ids are some other scheme (the
 * anonymised ids of the Korean sample data, for example) and are left alone.
 */
function looksLikeEori(id: string, run: ValidationRun): boolean {
  if (id.length < 8) return false;
  const cleaned = isUpperAlphanumeric(id) ? id : id.replace(SEPARATORS, '').toUpperCase();
  return cleaned.length >= 8 && isDigitCode(cleaned.charCodeAt(2)) && run.reference.countries.isValidAt(cleaned, 0);
}

function eoriProblem(id: string): string | undefined {
  if (!isUpperAlphanumeric(id)) {
    const cleaned = id.replace(SEPARATORS, '').toUpperCase();
    return isUpperAlphanumeric(cleaned)
      ? 'should be written in capitals without spaces'
      : 'should contain only letters and digits';
  }
  if (id.length > 17) return `has ${id.length} characters, more than the 17 an EORI number can have`;
  const britain = id.startsWith('GB') || id.startsWith('XI');
  if (britain && (id.length !== 14 || !isDigitsFrom(id, 2)))
    return `should have exactly 12 digits after ${id.slice(0, 2)}`;
  return undefined;
}

function isPrintableAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 32 || code > 126) return false;
  }
  return true;
}

function forEachContainer(declaration: Declaration, visit: (value: string, index: number) => void): void {
  const containers = declaration.consignment.containers;
  if (!containers) return;
  for (let index = 0; index < containers.length; index++) {
    const value = containers[index]!.id;
    if (present(value)) visit(value, index);
  }
}

function normalise(value: string): string {
  return isUpperAlphanumeric(value) ? value : value.replace(SEPARATORS, '').toUpperCase();
}

/** 3-letter owner code, category letter U, J or Z, 6-digit serial number, check digit. */
function isContainerNumber(number: string): boolean {
  if (number.length !== 11) return false;
  for (let index = 0; index < 4; index++) if (!isLetter(number.charCodeAt(index))) return false;
  for (let index = 4; index < 11; index++) if (!isDigitCode(number.charCodeAt(index))) return false;
  const category = number.charAt(3);
  return category === 'U' || category === 'J' || category === 'Z';
}

export const IDENTIFIER_RULES = [
  partyIdFormat,
  lrnFormat,
  mrnFormat,
  mrnCheckDigit,
  containerFormat,
  containerCheckDigit,
];
