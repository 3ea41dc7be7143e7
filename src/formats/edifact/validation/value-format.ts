import type { Representation } from '../directory/edifact-directory.js';
import type { EdifactFindingCode } from '../syntax/edifact-finding.js';

/** Why a value does not fit its representation, or undefined when it fits. */
export interface FormatProblem {
  code: EdifactFindingCode;
  syntaxError: string;
  reason: string;
}

const describe = (repr: Representation): string => `${repr.type}${repr.min === repr.max ? repr.max : `..${repr.max}`}`;

/**
 * Checks a value against its directory representation (`an..35`, `n..15`, `a3`). Numeric values use
 * the decimal mark of the interchange (UNA position 3); sign and decimal mark do not count in the length.
 */
export function checkFormat(value: string, repr: Representation, decimal: string): FormatProblem | undefined {
  if (repr.type === 'n') return checkNumber(value, repr, decimal);
  if (repr.type === 'a' && /\d/.test(value)) {
    return {
      code: 'not-alphabetic',
      syntaxError: '37',
      reason: `'${value}' must not contain digits (${describe(repr)})`,
    };
  }
  return checkLength(value, value.length, repr);
}

function checkNumber(value: string, repr: Representation, decimal: string): FormatProblem | undefined {
  const other = decimal === '.' ? ',' : '.';
  const body = value.startsWith('-') ? value.slice(1) : value;
  const mark = body.indexOf(decimal);
  const digits = mark < 0 ? body : body.slice(0, mark) + body.slice(mark + 1);
  if (!/^\d+$/.test(digits)) {
    if (/^\d*$/.test(digits.replace(other, '')) && body.includes(other) && /\d/.test(digits)) {
      return {
        code: 'bad-decimal',
        syntaxError: '19',
        reason: `'${value}' is not a number: the decimal mark of this interchange is '${decimal}'`,
      };
    }
    return { code: 'not-a-number', syntaxError: '37', reason: `'${value}' is not a number (${describe(repr)})` };
  }
  if (mark === 0) {
    return { code: 'bad-decimal', syntaxError: '38', reason: `'${value}' needs a digit before the decimal mark` };
  }
  if (mark === body.length - 1) {
    return { code: 'bad-decimal', syntaxError: '19', reason: `'${value}' needs a digit after the decimal mark` };
  }
  return checkLength(value, digits.length, repr);
}

function checkLength(value: string, length: number, repr: Representation): FormatProblem | undefined {
  if (length > repr.max) {
    return {
      code: 'too-long',
      syntaxError: '39',
      reason: `'${value}' is too long: ${length} characters where at most ${repr.max} are allowed (${describe(repr)})`,
    };
  }
  if (length < repr.min) {
    return {
      code: 'too-short',
      syntaxError: '40',
      reason: `'${value}' is too short: exactly ${repr.min} characters are needed (${describe(repr)})`,
    };
  }
  return undefined;
}

/** Reads a numeric value written with the interchange's decimal mark; undefined when it is not a number. */
export function parseEdifactNumber(value: string | undefined, decimal = '.'): number | undefined {
  if (value === undefined || value === '') return undefined;
  const normal = decimal === ',' ? value.replace(',', '.') : value;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normal)) return undefined;
  return Number(normal);
}
