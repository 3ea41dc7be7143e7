import type { DecodeEvent, RawUnit } from '../decode-event.js';
import { decodeProblem } from '../decode-problem.js';
import { where } from './csv-assembler.js';
import type { CsvLayout } from './csv-layout.js';
import { INVALID } from './csv-values.js';

/**
 * A row with more or fewer values than the header. Names the first typed column whose value
 * does not fit: that is where the values started to move.
 */
export function shiftedColumns(
  layout: CsvLayout,
  fields: readonly string[],
  input: { row: number; line: number; raw: RawUnit },
): DecodeEvent {
  const from = [...layout.columns]
    .sort((a, b) => a.index - b.index)
    .find((column) => {
      const value = (fields[column.index] ?? '').trim();
      return value !== '' && column.reader.read(value) === INVALID;
    });
  const at =
    from === undefined
      ? ''
      : ` from column ${JSON.stringify(from.name)} on (its value ${JSON.stringify(fields[from.index]?.trim())} is not ${from.reader.expected})`;
  const cause =
    fields.length > layout.header.length
      ? 'a delimiter inside an unquoted value, or an extra value'
      : 'a missing value';
  return decodeProblem('csv', 'shifted-columns', {
    message: `${where(input)} has ${fields.length} values for ${layout.header.length} columns, so the values are shifted${at}: likely ${cause}. Put values that contain ${JSON.stringify(layout.delimiter)} in double quotes.`,
    position: input.row,
    line: input.line,
    column: from === undefined ? undefined : from.index + 1,
    element: from?.name,
    raw: input.raw,
  });
}
