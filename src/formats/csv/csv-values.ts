import type { CsvColumnMapping } from './csv-mapping-schema.js';
import { compileDateFormat } from './date-format.js';

/** Marks text that does not read as the column's type. */
export const INVALID = Symbol('invalid');

/** Reads one trimmed, non-empty cell; `INVALID` when it does not fit. */
export interface ValueReader {
  read: (text: string) => string | number | typeof INVALID;
  /** What a valid value looks like, for messages: "a number like 1234.5". */
  expected: string;
}

const DOT_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const COMMA_NUMBER = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

/** Builds the reader for a column; `undefined` with a reason when the column's settings are unusable. */
export function compileValueReader(column: CsvColumnMapping, decimalComma: boolean): ValueReader | string {
  const typed = typedReader(column, column.decimalComma ?? decimalComma);
  if (typeof typed === 'string') return typed;
  const values = column.values;
  if (values === undefined) return typed;
  const listed = Object.keys(values);
  const expected = column.onlyListedValues
    ? `one of ${listed.map((v) => JSON.stringify(v)).join(', ')}`
    : typed.expected;
  return {
    expected,
    read: (text) => {
      const mapped = values[text];
      if (mapped === undefined) return column.onlyListedValues ? INVALID : typed.read(text);
      return typeof mapped === 'number' ? mapped : typed.read(mapped);
    },
  };
}

function typedReader(column: CsvColumnMapping, decimalComma: boolean): ValueReader | string {
  switch (column.type ?? 'string') {
    case 'string':
      return stringReader(column.padStart);
    case 'number':
      return numberReader(decimalComma, false);
    case 'integer':
      return numberReader(decimalComma, true);
    case 'date': {
      const format = column.format ?? 'YYYY-MM-DD';
      const parse = compileDateFormat(format);
      if (parse === undefined)
        return `date format ${JSON.stringify(format)} is not understood (use tokens YYYY, YY, MM, DD, MMM or ISO)`;
      return { expected: `a date written ${format}`, read: (text) => parse(text) ?? INVALID };
    }
  }
}

function stringReader(padStart: number | undefined): ValueReader {
  if (padStart === undefined) return { expected: 'text', read: (text) => text };
  return {
    expected: `a code of up to ${padStart} digits`,
    read: (text) => (/^\d+$/.test(text) ? text.padStart(padStart, '0') : text),
  };
}

function numberReader(decimalComma: boolean, integer: boolean): ValueReader {
  const kind = integer ? 'a whole number' : 'a number';
  const expected = decimalComma ? `${kind} with a decimal comma, like 1234,5` : `${kind} like 1234.5`;
  const pattern = decimalComma ? COMMA_NUMBER : DOT_NUMBER;
  return {
    expected: integer ? `${kind} like 12` : expected,
    read: (text) => {
      if (!pattern.test(text)) return INVALID;
      const value = Number(decimalComma ? text.replace(/\./g, '').replace(',', '.') : text);
      if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) return INVALID;
      return value;
    },
  };
}
