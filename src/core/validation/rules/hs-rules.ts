import type { GoodsItem } from '../../model/declaration-schema.js';
import { isDigits } from '../../reference/hs-nomenclature.js';
import { hsEditionYear, HS_VERSIONS, type HsVersion } from '../../reference/hs-version.js';
import { hsCodeOf, isHsClassification } from '../declaration-values.js';
import { quoted } from '../plain-text.js';
import type { DeclarationRule, FindingFacts, ItemRule } from '../rule.js';
import type { ValidationRun } from '../validation-run.js';
import { hsSuggestionText } from './hs-suggestion-text.js';

const SEPARATORS = /[\s.\-/]/g;

type CodeFacts = FindingFacts & { value: string; edition: string; date: string; advice: string };

export const hsFormat: ItemRule<CodeFacts & { problem: string }> = {
  id: 'HS-FORMAT',
  severity: 'error',
  category: 'classification',
  element: 'goodsItems[].classifications[].id',
  title: 'Commodity code written as digits',
  appliesTo: 'HS-based commodity codes (classification type absent, TSP, HS or CN)',
  scope: 'item',
  message: ({ value, problem }) => `The commodity code ${quoted(value)} ${problem}.`,
  fix: ({ advice }) => advice,
  example: {
    path: 'goodsItems[0].classifications[0].id',
    value: '8517.13',
    problem: 'should contain digits only',
    edition: '2022',
    date: '2024-03-04',
    advice: 'Write it without spaces or dots: 851713.',
    suggestions: ['851713'],
  },
  check(item, index, run) {
    for (let position = 0; position < item.classifications.length; position++) {
      const code = hsCodeAt(item, position);
      if (code === undefined) continue;
      const problem = !isDigits(code)
        ? 'should contain digits only'
        : code.length === 7 || code.length > 10
          ? `has ${code.length} digits, while commodity codes have 6, 8 or 10`
          : undefined;
      if (problem === undefined) continue;
      const facts = codeFacts(run, { item, index, position, code });
      const cleaned = facts.suggestions?.[0];
      const separatorsOnly = cleaned !== undefined && cleaned === code.replace(SEPARATORS, '');
      run.report(hsFormat, {
        ...facts,
        problem,
        ...(separatorsOnly ? { suggestions: [cleaned] } : {}),
        advice: separatorsOnly
          ? `Write it without spaces or dots: ${cleaned}.`
          : `Copy the 6- to 10-digit code from the tariff or your invoice. ${facts.advice}`.trim(),
      });
    }
  },
};

export const hsTooShort: ItemRule<CodeFacts & { level: string }> = {
  id: 'HS-TOO-SHORT',
  severity: 'error',
  category: 'classification',
  element: 'goodsItems[].classifications[].id',
  title: 'Commodity code has at least six digits',
  appliesTo: 'HS-based commodity codes',
  scope: 'item',
  message: ({ value, level }) =>
    `The commodity code ${quoted(value)} ${level}; a declaration needs at least the 6-digit subheading.`,
  fix: ({ advice }) => `Choose the subheading that fits your goods. ${advice}`,
  example: {
    path: 'goodsItems[0].classifications[0].id',
    value: '8517',
    level: 'only names a heading (Telephone sets, incl. smartphones…)',
    edition: '2022',
    date: '2024-03-04',
    advice:
      'Codes in the same heading: 851711 (Line telephone sets with cordless handsets), 851713 (Telephone sets; smartphones for cellular or other…).',
  },
  check(item, index, run) {
    for (let position = 0; position < item.classifications.length; position++) {
      const code = hsCodeAt(item, position);
      if (code === undefined || code.length >= 6 || !isDigits(code)) continue;
      const entry = run.hsVersion ? run.reference.hs.lookup(code, run.hsVersion) : undefined;
      const level = entry
        ? `only names a ${entry.level === 2 ? 'chapter' : 'heading'} (${entry.description.slice(0, 60)})`
        : `has only ${code.length} digits`;
      run.report(hsTooShort, { ...codeFacts(run, { item, index, position, code }), level });
    }
  },
};

export const hsUnknown: ItemRule<CodeFacts & { why: string }> = {
  id: 'HS-UNKNOWN',
  severity: 'error',
  category: 'classification',
  element: 'goodsItems[].classifications[].id',
  title: 'Commodity code exists at the declaration date',
  appliesTo: 'HS-based commodity codes of declarations dated from 2017 (HS 2017 until 2021, HS 2022 from 2022)',
  scope: 'item',
  message: ({ value, edition, date, why }) =>
    `The commodity code ${value} does not exist in the ${edition} Harmonized System that applied on ${date}${why}.`,
  fix: ({ advice }) => `Check the code on your invoice or in the tariff. ${advice}`,
  example: {
    path: 'goodsItems[0].classifications[0].id',
    value: '851713',
    edition: '2017',
    date: '2020-03-04',
    why: ' (the code was only introduced with the 2022 edition)',
    advice:
      'In the 2017 edition, the same heading has: 851712 (Telephones for cellular networks or for other…), 851711 (Line telephone sets with cordless handsets).',
    suggestions: ['851712', '851711'],
  },
  check(item, index, run) {
    const version = run.hsVersion;
    if (!version) return;
    for (let position = 0; position < item.classifications.length; position++) {
      const code = hsCodeAt(item, position);
      if (code === undefined || code.length < 6 || code.length === 7 || code.length > 10) continue;
      if (!isDigits(code) || run.reference.hs.isValid(code, version)) continue;
      run.report(hsUnknown, {
        ...codeFacts(run, { item, index, position, code }),
        why: whyUnknown(run, code, version),
      });
    }
  },
};

export const hsVersionMismatch: ItemRule<FindingFacts & { value: string; edition: string; date: string }> = {
  id: 'HS-VERSION-MISMATCH',
  severity: 'warning',
  category: 'classification',
  element: 'goodsItems[].classifications[].nomenclatureVersion',
  title: 'Nomenclature edition matches the declaration date',
  appliesTo: 'classifications that name their HS edition',
  scope: 'item',
  message: ({ value, edition, date }) =>
    `The commodity code is said to be from ${quoted(value)}, but the ${edition} Harmonized System applied on ${date}; we checked the code against the ${edition} edition.`,
  fix: ({ edition }) => `Use a code from the ${edition} edition, or correct the declaration date.`,
  example: {
    path: 'goodsItems[0].classifications[0].nomenclatureVersion',
    value: 'HS2022',
    edition: '2017',
    date: '2021-05-02',
  },
  check(item, index, run) {
    const version = run.hsVersion;
    if (!version) return;
    for (let position = 0; position < item.classifications.length; position++) {
      const classification = item.classifications[position]!;
      const declared = classification.nomenclatureVersion;
      if (declared === undefined || declared === version || !isHsClassification(classification)) continue;
      if (declared.trim().toUpperCase().replace(' ', '') === version) continue;
      run.report(hsVersionMismatch, {
        path: `goodsItems[${index}].classifications[${position}].nomenclatureVersion`,
        value: declared,
        edition: hsEditionYear(version),
        date: run.dateText,
      });
    }
  },
};

export const hsNoEdition: DeclarationRule<FindingFacts & { date: string }> = {
  id: 'HS-NO-EDITION',
  severity: 'warning',
  category: 'classification',
  element: 'issueDate',
  title: 'Commodity codes checkable at the declaration date',
  appliesTo: 'declarations dated before 2017 that give commodity codes',
  scope: 'declaration',
  message: ({ date }) =>
    `We could not check the commodity codes: the declaration date ${date} is older than the 2017 Harmonized System, the oldest edition we hold.`,
  fix: () => 'If the date is wrong, correct it; otherwise nothing to do, the codes will be checked by hand if needed.',
  example: { path: 'issueDate', date: '2015-06-01' },
  check(declaration, run) {
    if (run.hsVersion || run.dateSource === 'today') return;
    if (declaration.goodsItems.some((item) => hsCodeOf(item) !== undefined))
      run.report(hsNoEdition, {
        path: run.dateSource === 'issue' ? 'issueDate' : 'acceptanceDate',
        date: run.dateText,
      });
  },
};

/** The trimmed code of an HS-based classification, or undefined for other kinds and blanks. */
function hsCodeAt(item: GoodsItem, position: number): string | undefined {
  const classification = item.classifications[position]!;
  if (!isHsClassification(classification)) return undefined;
  const code = classification.id.trim();
  return code === '' ? undefined : code;
}

interface CodeAt {
  item: GoodsItem;
  index: number;
  position: number;
  code: string;
}

function codeFacts(run: ValidationRun, { item, index, position, code }: CodeAt): CodeFacts {
  const version = run.hsVersion ?? 'HS2022';
  const suggestions = run.reference.hs.suggest({
    code,
    version,
    ...(item.description ? { goodsDescription: item.description } : {}),
  });
  return {
    path: `goodsItems[${index}].classifications[${position}].id`,
    value: item.classifications[position]!.id,
    edition: hsEditionYear(version),
    date: run.dateText,
    advice: hsSuggestionText({ suggestions, version, code }),
    suggestions: suggestions.map((suggestion) => suggestion.code),
  };
}

function whyUnknown(run: ValidationRun, code: string, version: HsVersion): string {
  const hs6 = code.slice(0, 6);
  const other = HS_VERSIONS.find((candidate) => candidate !== version && run.reference.hs.isValid(hs6, candidate));
  const prefix = code.length > 6 ? `: its first six digits, ${hs6}, are not a subheading of it` : '';
  if (!other) return prefix;
  const year = hsEditionYear(other);
  return other > version
    ? `${prefix} (the code was only introduced with the ${year} edition)`
    : `${prefix} (it is a code of the ${year} edition, which the ${hsEditionYear(version)} edition replaced)`;
}

export const HS_ITEM_RULES = [hsFormat, hsTooShort, hsUnknown, hsVersionMismatch];
export const HS_DECLARATION_RULES = [hsNoEdition];
