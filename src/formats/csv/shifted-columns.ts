import type { DecodeEvent, RawUnit } from '../decode-event.js';
import { decodeProblem } from '../decode-problem.js';
import { where } from './csv-assembler.js';
import type { BoundColumn, CsvLayout } from './csv-layout.js';
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

/**
 * A row with the right number of values can still be shifted (a value missing here, an extra one
 * there). When a typed cell fails and every typed cell from there on would fit if read one column
 * to the right or left (at least two of them), the row is reported as shifted instead of as
 * wrong types.
 */
export function shiftedInPlace(
  layout: CsvLayout,
  fields: readonly string[],
  input: { row: number; line: number; raw: RawUnit; failing: readonly BoundColumn[] },
): DecodeEvent | undefined {
  if (input.failing.length === 0) return undefined;
  const from = [...input.failing].sort((a, b) => a.index - b.index)[0]!;
  const typed = layout.columns.filter((column) => column.typed && column.index >= from.index);
  if (typed.length < 2) return undefined;
  const fits = (column: BoundColumn, index: number) => {
    const value = (fields[index] ?? '').trim();
    return value === '' || column.reader.read(value) !== INVALID;
  };
  const byIndex = new Map(layout.columns.map((column) => [column.index, column]));
  // Each failing value must be a valid value of the column it moved away from.
  const cameFrom = (d: number) =>
    input.failing.every((column) => {
      const origin = byIndex.get(column.index - d);
      return origin?.typed === true && (fields[column.index] ?? '').trim() !== '' && fits(origin, column.index);
    });
  const shift = [1, -1].find((d) => cameFrom(d) && typed.every((column) => fits(column, column.index + d)));
  if (shift === undefined) return undefined;
  const direction =
    shift > 0
      ? 'one column to the right (a value is missing before it)'
      : 'one column to the left (an extra value before it)';
  return decodeProblem('csv', 'shifted-columns', {
    message: `${where(input)}: the values look shifted ${direction}, from column ${JSON.stringify(from.name)} on: they fit their neighbouring columns, not their own.`,
    position: input.row,
    line: input.line,
    column: from.index + 1,
    element: from.name,
    raw: input.raw,
  });
}
