import type { HsSuggestion, HsSuggestionReason } from '../../reference/hs-suggestions.js';
import { hsEditionYear, type HsVersion } from '../../reference/hs-version.js';
import { codeWithDescription } from '../plain-text.js';

const ORDER: readonly HsSuggestionReason[] = [
  'format',
  'leading-zero',
  'other-edition',
  'same-heading',
  'same-chapter',
  'description',
];

interface SuggestionTextOptions {
  suggestions: readonly HsSuggestion[];
  version: HsVersion;
  /** The code as declared (digits and separators). */
  code: string;
}

/** "Did you mean ...? Codes in the same heading: ..." from HS suggestions, grouped by why they were suggested. */
export function hsSuggestionText({ suggestions, version, code }: SuggestionTextOptions): string {
  if (suggestions.length === 0)
    return 'We found no similar code: look the goods up in the tariff by what they are and what they are made of.';
  const sentences: string[] = [];
  for (const reason of ORDER) {
    const group = suggestions.filter((suggestion) => suggestion.reason === reason);
    if (group.length === 0) continue;
    const list = group.map((suggestion) => codeWithDescription(suggestion.code, suggestion.description)).join(', ');
    sentences.push(sentence(reason, { list, version, code }));
  }
  return sentences.join(' ');
}

function sentence(
  reason: HsSuggestionReason,
  { list, version, code }: { list: string; version: HsVersion; code: string },
) {
  switch (reason) {
    case 'format':
      return `Did you mean ${list}?`;
    case 'leading-zero':
      return `Did you mean ${list}? The leading zero may have been lost, for example by a spreadsheet.`;
    case 'other-edition':
      return `In the ${hsEditionYear(version)} edition, heading ${code.replace(/\D/g, '').slice(0, 4)} has: ${list}.`;
    case 'same-heading':
      return `Codes in the same heading: ${list}.`;
    case 'same-chapter':
      return `Codes in the same chapter: ${list}.`;
    case 'description':
      return `Codes that match your description: ${list}.`;
  }
}
