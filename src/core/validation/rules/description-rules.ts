import { itemPath } from '../item-paths.js';
import type { GoodsItem } from '../../model/declaration-schema.js';
import { hsCodeIndex, hsCodeOf, itemLabel } from '../declaration-values.js';
import { capitalise, quoted, shorten } from '../plain-text.js';
import type { FindingFacts, ItemRule } from '../rule.js';
import type { ValidationRun } from '../validation-run.js';
import { conflictingChapters } from './description-chapter.js';

type DescriptionFacts = FindingFacts & { value: string; item: string };

const VAGUE_FIX =
  'Say what the goods actually are, what they are made of and what they are for, for example "children\'s wooden puzzle" rather than "gift" or "toys", or "brake discs for cars" rather than "spare parts".';
const HAS_LETTER = /\p{L}/u;

export const descriptionVague: ItemRule<DescriptionFacts> = {
  id: 'DESC-VAGUE',
  severity: 'error',
  category: 'description',
  element: 'goodsItems[].description',
  title: 'Goods description precise enough (no commodity code)',
  appliesTo: 'goods items without a commodity code',
  scope: 'item',
  message: ({ value, item }) =>
    `The description ${quoted(value)} of ${item} is too general for customs to tell what the goods are, and there is no commodity code to make up for it.`,
  fix: () => VAGUE_FIX,
  example: { path: 'goodsItems[0].description', value: 'gift', item: 'goods item 1' },
  check(item, index, run) {
    if (isVague(item, run) && hsCodeOf(item) === undefined) run.report(descriptionVague, facts(item, index));
  },
};

export const descriptionVagueWithCode: ItemRule<DescriptionFacts> = {
  id: 'DESC-VAGUE-WITH-CODE',
  severity: 'warning',
  category: 'description',
  element: 'goodsItems[].description',
  title: 'Goods description precise enough (with a commodity code)',
  appliesTo: 'goods items with a commodity code',
  scope: 'item',
  message: ({ value, item }) =>
    `The description ${quoted(value)} of ${item} is too general; safety and security declarations (ICS2 in the EU) reject such descriptions even when a commodity code is given.`,
  fix: () => VAGUE_FIX,
  example: { path: 'goodsItems[0].description', value: 'spare parts', item: 'goods item 1' },
  check(item, index, run) {
    if (isVague(item, run) && hsCodeOf(item) !== undefined) run.report(descriptionVagueWithCode, facts(item, index));
  },
};

export const descriptionNotWords: ItemRule<DescriptionFacts> = {
  id: 'DESC-NOT-WORDS',
  severity: 'warning',
  category: 'description',
  element: 'goodsItems[].description',
  title: 'Goods description in words',
  appliesTo: 'goods items with a description',
  scope: 'item',
  message: ({ value, item }) => `The description ${quoted(value)} of ${item} contains no words.`,
  fix: () => 'Describe the goods in words, as on the invoice; codes and numbers belong in their own fields.',
  example: { path: 'goodsItems[0].description', value: '8517.13', item: 'goods item 1' },
  check(item, index, run) {
    const description = item.description;
    if (description !== undefined && description.trim() !== '' && !HAS_LETTER.test(description))
      run.report(descriptionNotWords, facts(item, index));
  },
};

export const descriptionChapterMismatch: ItemRule<
  DescriptionFacts & { code: string; declared: string; suggested: string }
> = {
  id: 'HS-DESCRIPTION-MISMATCH',
  severity: 'warning',
  category: 'classification',
  element: 'goodsItems[].classifications[].id',
  title: 'Commodity code fits the goods description',
  appliesTo: 'goods items with a description and a valid commodity code',
  scope: 'item',
  message: ({ value, item, code, declared, suggested }) =>
    `${capitalise(item)} is described as ${quoted(value)}, which sounds like goods of ${suggested}, but the commodity code ${code} is in ${declared}.`,
  fix: ({ suggestions }) =>
    `Check that the code fits the goods.${suggestions?.length ? ` Codes that match the description: ${suggestions.join(', ')}.` : ''}`,
  example: {
    path: 'goodsItems[0].classifications[0].id',
    value: 'running shoes',
    item: 'goods item 1',
    code: '851713',
    declared: 'chapter 85 (Electrical machinery and equipment and parts thereof…)',
    suggested: 'chapter 64 (Footwear; gaiters and the like; parts of such articles)',
    suggestions: ['640411', '640419'],
  },
  check(item, index, run) {
    const version = run.hsVersion;
    const code = hsCodeOf(item);
    const description = item.description;
    if (!version || code === undefined || !description || description.trim() === '') return;
    if (!run.reference.hs.isValid(code, version) || isVague(item, run)) return;
    const words = run.reference.hs.descriptionIndex(version);
    const chapters = conflictingChapters(words, description, code.slice(0, 2));
    if (!chapters) return;
    const matches = words.search(description, 10).filter((match) => chapters.includes(match.code.slice(0, 2)));
    const best = matches[0]?.code.slice(0, 2) ?? chapters[0]!;
    run.report(descriptionChapterMismatch, {
      path: `goodsItems[${index}].classifications[${hsCodeIndex(item)}].id`,
      value: description,
      item: itemLabel(item, index),
      code,
      declared: chapterText(run, code.slice(0, 2)),
      suggested: chapterText(run, best),
      suggestions: matches.slice(0, 3).map((match) => match.code),
    });
  },
};

function isVague(item: GoodsItem, run: ValidationRun): boolean {
  const description = item.description;
  return description !== undefined && run.reference.codeLists.isVagueDescription(description);
}

function facts(item: GoodsItem, index: number): DescriptionFacts {
  return { path: itemPath(index, 'description'), value: item.description ?? '', item: itemLabel(item, index) };
}

function chapterText(run: ValidationRun, chapter: string): string {
  const description = run.reference.hs.describe(chapter, run.hsVersion ?? 'HS2022');
  return description ? `chapter ${chapter} (${shorten(description, 50)})` : `chapter ${chapter}`;
}

export const DESCRIPTION_RULES = [
  descriptionVague,
  descriptionVagueWithCode,
  descriptionNotWords,
  descriptionChapterMismatch,
];
