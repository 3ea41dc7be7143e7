import type { Separators } from './separators.js';

/**
 * A syntax level (character repertoire) declared in UNB S001/0001, with how to decode its bytes
 * and which characters it allows.
 */
export interface CharacterSet {
  id: string;
  /** Node encoding of the bytes; `latin1` keeps every byte as one character. */
  encoding: 'latin1' | 'utf8' | `iso-8859-${number}`;
  /** Characters the level allows as data, as a regular-expression class body. */
  repertoire: string;
}

// ISO 646 basic table without alternative (# $) and national (@ [ \ ] ^ ` { | } ~) positions.
const LEVEL_B = ' !"%-?A-Z_a-z';
const LEVEL_A = ' !"%-?A-Z_';
const LATIN = ' -~\\xa0-\\xff';
const ANY_GRAPHIC = '^\\x00-\\x1f\\x7f-\\x9f\\ufffd';

const ISO_8859: Record<string, number> = { D: 2, E: 5, F: 7, G: 3, H: 4, I: 6, J: 8, K: 9 };

/** The character set of a syntax identifier, or undefined when Tamga cannot read it (UNOX, unknown). */
export function characterSetFor(syntaxId: string): CharacterSet | undefined {
  if (syntaxId === 'UNOA') return { id: syntaxId, encoding: 'latin1', repertoire: LEVEL_A };
  if (syntaxId === 'UNOB') return { id: syntaxId, encoding: 'latin1', repertoire: LEVEL_B };
  if (syntaxId === 'UNOC') return { id: syntaxId, encoding: 'latin1', repertoire: LATIN };
  if (syntaxId === 'UNOW' || syntaxId === 'UNOY') return { id: syntaxId, encoding: 'utf8', repertoire: ANY_GRAPHIC };
  const part = /^UNO([D-K])$/.exec(syntaxId)?.[1];
  if (part) return { id: syntaxId, encoding: `iso-8859-${ISO_8859[part] ?? 1}`, repertoire: ANY_GRAPHIC };
  return undefined;
}

/** A pattern matching the first character outside the level, service characters allowed. */
export function invalidCharacterPattern(set: CharacterSet, separators: Separators): RegExp {
  const service = [separators.component, separators.element, separators.release, separators.repetition]
    .filter((c): c is string => c !== undefined)
    .map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .join('');
  if (set.repertoire.startsWith('^')) {
    // A negated class ("anything but controls"): service characters are never controls in practice.
    return new RegExp(`[${set.repertoire.slice(1)}]`);
  }
  return new RegExp(`[^${set.repertoire}${service}]`);
}

/** True for C0 controls and DEL (line breaks inside data, tabs...). */
export const isControlCharacter = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
};
