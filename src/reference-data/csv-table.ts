/** A parsed CSV file: header names and rows of raw string fields. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

/**
 * RFC 4180 reader for the small reference files: UTF-8 BOM dropped, quoted fields with
 * doubled quotes, commas and line breaks inside quotes, CRLF or LF, blank lines skipped.
 */
export function readCsvTable(text: string): CsvTable {
  const records = parseRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const header = records.shift() ?? [];
  return { header, rows: records.filter((row) => row.some((field) => field !== '')) };
}

function parseRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  const length = text.length;
  while (index < length) {
    let field: string;
    if (text.charCodeAt(index) === QUOTE) {
      [field, index] = quotedField(text, index + 1);
      // Lenient about text between a closing quote and the delimiter (`"a"b` reads as `ab`).
      const start = index;
      while (index < length && !isDelimiter(text.charCodeAt(index))) index++;
      if (index > start) field += text.slice(start, index);
    } else {
      const start = index;
      while (index < length && !isDelimiter(text.charCodeAt(index))) index++;
      field = text.slice(start, index);
    }
    record.push(field);
    const code = text.charCodeAt(index);
    index++;
    if (code === COMMA) {
      if (index === length) record.push('');
      continue;
    }
    if (code === CR && text.charCodeAt(index) === LF) index++;
    records.push(record);
    record = [];
  }
  if (record.length > 0) records.push(record);
  return records;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

function isDelimiter(code: number): boolean {
  return code === COMMA || code === LF || code === CR;
}

/** From just after an opening quote: the unquoted value and the index just after the closing quote. */
function quotedField(text: string, from: number): [string, number] {
  let value = '';
  let start = from;
  for (;;) {
    const quote = text.indexOf('"', start);
    if (quote < 0) return [value + text.slice(start), text.length];
    value += text.slice(start, quote);
    if (text.charCodeAt(quote + 1) !== QUOTE) return [value, quote + 1];
    value += '"';
    start = quote + 2;
  }
}

/** Rows as objects keyed by header name; a missing trailing field reads as ''. */
export function tableObjects(table: CsvTable): Record<string, string>[] {
  return table.rows.map((row) => Object.fromEntries(table.header.map((name, index) => [name, row[index] ?? ''])));
}
