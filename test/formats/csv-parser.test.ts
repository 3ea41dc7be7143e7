import { describe, expect, it } from 'vitest';
import type { CsvMapping } from '../../src/formats/csv/csv-mapping.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsvMapping } from '../../src/formats/csv/csv-mapping.js';
import { BUNDLED_MAPPINGS_DIR, loadCsvMappings } from '../../src/formats/csv/mapping-registry.js';
import { compileDateFormat } from '../../src/formats/csv/date-format.js';
import { decodeAll, decodeChunked, declarations, problems, text } from './decode-helpers.js';

const mapping: CsvMapping = {
  name: 'test-layout',
  description: 'a small layout for parser tests',
  identifyingHeaders: ['Ref', 'HS', 'Note'],
  columns: [
    { column: 'Ref', path: 'functionalReferenceId', required: true },
    { column: 'HS', path: 'goodsItems[0].classifications[0].id', required: true },
    { column: 'Note', path: 'goodsItems[0].description' },
    { column: 'Mass', path: 'goodsItems[0].netMassKg', type: 'number' },
  ],
};
const options = { csvMappings: [mapping] };

function notes(csv: string): (string | undefined)[] {
  const events = decodeAll(text(csv), options);
  expect(problems(events)).toEqual([]);
  return declarations(events).map((e) => e.declaration.goodsItems[0]!.description);
}

describe('RFC 4180 CSV parsing', () => {
  it('reads quoted fields, escaped quotes and line breaks inside quotes', () => {
    expect(notes('Ref,HS,Note\nA,010121,"says ""hi"", twice"\nB,010121,"two\nlines"\nC,010121,plain\n')).toEqual([
      'says "hi", twice',
      'two\nlines',
      'plain',
    ]);
  });

  it('counts lines inside quoted fields so later rows keep their real line numbers', () => {
    const events = decodeAll(text('Ref,HS,Note,Mass\nA,010121,"a\nb\nc",1\nB,010121,x,heavy\n'), options);
    expect(problems(events)[0]).toMatchObject({ position: 2, line: 5, element: 'Mass', column: 4 });
  });

  it('accepts CRLF, a UTF-8 BOM, a missing final line break and blank lines', () => {
    expect(notes('\ufeffRef,HS,Note\r\nA,010121,x\r\n\r\nB,010121,y')).toEqual(['x', 'y']);
  });

  it('accepts ; and tab delimiters, detected from the header', () => {
    expect(notes('Ref;HS;Note\nA;010121;"x;y"\n')).toEqual(['x;y']);
    expect(notes('Ref\tHS\tNote\nA\t010121\tx y\n')).toEqual(['x y']);
  });

  it('accepts UTF-16 with a byte-order mark', () => {
    const body = 'Ref,HS,Note\nA,010121,Café\n';
    const utf16 = new Uint8Array(2 + body.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) utf16.set([body.charCodeAt(i) & 0xff, body.charCodeAt(i) >> 8], 2 + i * 2);
    expect(declarations(decodeAll(utf16, options)).map((e) => e.declaration.goodsItems[0]!.description)).toEqual([
      'Café',
    ]);
  });

  it('gives the same events whatever the chunk size, even one byte at a time', async () => {
    const csv = text('Ref,HS,Note,Mass\nA,010121,"q ""x""\ny",1.5\nB,010121,é,2\nC,,z,3\n');
    const whole = decodeAll(csv, options);
    for (const size of [1, 2, 3, 7, 64]) expect(await decodeChunked(csv, size, options)).toEqual(whole);
  });

  it('sees a shift even when the number of values is right', () => {
    const typed: CsvMapping = {
      ...mapping,
      identifyingHeaders: ['Ref', 'HS'],
      columns: [
        { column: 'Ref', path: 'functionalReferenceId' },
        { column: 'Date', path: 'issueDate', type: 'date' },
        { column: 'Mass', path: 'goodsItems[0].netMassKg', type: 'number' },
        { column: 'HS', path: 'goodsItems[0].classifications[0].id' },
        { column: 'Value', path: 'goodsItems[0].customsValue', type: 'number' },
      ],
    };
    const events = decodeAll(
      text('Ref,Date,Mass,HS,Value,Note\nA,2024-01-02,1.5,010121,20,x\nB,,2024-01-02,1.5,010121,20\n'),
      {
        csvMappings: [typed],
      },
    );
    expect(declarations(events)).toHaveLength(1);
    expect(problems(events)).toEqual([
      expect.objectContaining({
        code: 'shifted-columns',
        position: 2,
        element: 'Mass',
        message: expect.stringContaining('one column to the right'),
      }),
    ]);
  });

  it('names an unclosed quote at the end of the file', () => {
    const events = decodeAll(text('Ref,HS,Note\nA,010121,ok\nB,010121,"never closed\n'), options);
    expect(declarations(events)).toHaveLength(1);
    expect(problems(events)[0]).toMatchObject({ code: 'not-well-formed', position: 2, line: 3 });
  });

  it('loses only the rows with invalid UTF-8 and says where the byte is', () => {
    const bytes = new Uint8Array([...text('Ref,HS,Note\nA,010121,ok\nB,010121,caf'), 0xe9, ...text('\nC,010121,ok\n')]);
    const events = decodeAll(bytes, options);
    expect(declarations(events).map((e) => e.declaration.functionalReferenceId)).toEqual(['A', 'C']);
    expect(problems(events)[0]!.message).toContain('invalid UTF-8 at byte offset 36 (line 3, column 13');
  });

  it('reports a required value that is empty with the field it feeds', () => {
    const [problem] = problems(decodeAll(text('Ref,HS,Note\nA,,x\n'), options));
    expect(problem!.message).toBe('row 1 (line 2), column "HS" (commodity code, WCO 145) is empty but required');
    expect(problem!.code).toBe('missing-element');
  });

  it('reports values too long for their field with the column name', () => {
    const [problem] = problems(decodeAll(text(`Ref,HS,Note\n${'R'.repeat(40)},010121,x\n`), options));
    expect(problem!.message).toContain(
      'column "Ref": functionalReferenceId (your reference (LRN), WCO D026): is longer than 35 characters',
    );
    expect(problem!.element).toBe('Ref');
  });
});

describe('column mapping files', () => {
  it('rejects paths that are not canonical fields and type mismatches', () => {
    const result = parseCsvMapping({
      ...mapping,
      columns: [
        { column: 'A', path: 'goodsItem[0].id' },
        { column: 'B', path: 'goodsItems[0].netMassKg' },
        { column: 'C', path: 'outcome.fraud' },
      ],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'test-layout: column "A": path "goodsItem[0].id" is not a field of the canonical declaration',
      'test-layout: column "B": path goodsItems[0].netMassKg holds a number, not a string',
      'test-layout: column "C": outcome outcome.fraud needs type number or integer',
    ]);
  });

  it('loads the bundled mappings, and lists what is wrong with bad files in a folder', () => {
    expect(loadCsvMappings(BUNDLED_MAPPINGS_DIR)).toEqual({
      mappings: expect.arrayContaining([expect.objectContaining({ name: 'kcs-customs-declarations' })]) as unknown,
      errors: [],
    });
    const dir = mkdtempSync(join(tmpdir(), 'tamga-mappings-'));
    try {
      writeFileSync(join(dir, 'broken.json'), '{ "name": ');
      writeFileSync(
        join(dir, 'no-columns.json'),
        JSON.stringify({ name: 'x', description: 'x', identifyingHeaders: ['a'] }),
      );
      writeFileSync(join(dir, 'good.json'), JSON.stringify(mapping));
      const loaded = loadCsvMappings(dir);
      expect(loaded.mappings.map((m) => m.name)).toEqual(['test-layout']);
      expect(loaded.errors).toEqual([
        expect.stringMatching(/^broken\.json: not valid JSON/),
        'no-columns.json: columns: Expected required property',
      ]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('requires goodsItems[*] for item columns of a grouped layout', () => {
    const result = parseCsvMapping({ ...mapping, groupBy: 'Ref' });
    expect(!result.ok && result.errors[0]).toContain("address the row's goods item as goodsItems[*]");
  });

  it('reports rows of one group that disagree, and groups that are split', () => {
    const grouped: CsvMapping = {
      ...mapping,
      identifyingHeaders: ['Ref', 'HS'],
      groupBy: 'Ref',
      columns: [
        { column: 'Ref', path: 'functionalReferenceId', required: true },
        { column: 'Date', path: 'issueDate', type: 'date', format: 'DD/MM/YYYY' },
        { column: 'HS', path: 'goodsItems[*].classifications[0].id', required: true },
      ],
    };
    const events = decodeAll(
      text('Ref,Date,HS\nA,01/02/2024,010121\nA,02/02/2024,010122\nB,01/02/2024,010121\nA,01/02/2024,010123\n'),
      {
        csvMappings: [grouped],
      },
    );
    expect(problems(events).map((p) => p.code)).toEqual(['inconsistent-group', 'inconsistent-group']);
    expect(problems(events)[0]!.message).toContain(
      'column "Date" is "02/02/2024" but row 1 of the same declaration "A" says "01/02/2024"',
    );
    expect(problems(events)[1]!.message).toContain('the rows of "A" are not consecutive');
    expect(declarations(events).map((e) => e.declaration.functionalReferenceId)).toEqual(['B']);
  });
});

describe('date formats', () => {
  it.each([
    ['YYYY-MM-DD', '2024-02-29', '2024-02-29'],
    ['YYYY-MM-DD', '2023-02-29', undefined],
    ['DD/MM/YYYY', '31/12/2024', '2024-12-31'],
    ['DD/MM/YYYY', '31/11/2024', undefined],
    ['YY-MM-DD', '13-01-02', '2013-01-02'],
    ['D-MMM-YY', '14-Aug-14', '2014-08-14'],
    ['D-MMM-YY', '4-jun-13', '2013-06-04'],
    ['D-MMM-YY', '4-Jux-13', undefined],
    ['ISO', '2020-04-18T00:00:00Z', '2020-04-18'],
    ['DD.MM.YYYY', '05.09.2024', '2024-09-05'],
  ])('%s reads %s as %s', (format, value, want) => {
    expect(compileDateFormat(format)!(value)).toBe(want);
  });

  it('refuses formats it cannot read', () => {
    expect(compileDateFormat('YYYY-QQ-DD')).toBeUndefined();
  });
});
