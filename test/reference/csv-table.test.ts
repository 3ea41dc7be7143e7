import { describe, expect, it } from 'vitest';
import { readCsvTable, tableObjects } from '../../src/reference-data/csv-table.js';

describe('readCsvTable', () => {
  it('drops the UTF-8 byte order mark from the first header name', () => {
    const table = readCsvTable('\uFEFFsection,hscode\nI,01\n');
    expect(table.header).toEqual(['section', 'hscode']);
    expect(table.rows).toEqual([['I', '01']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const table = readCsvTable('a,b,c\n"Horses, asses","say ""hi""","two\nlines"\n');
    expect(table.rows).toEqual([['Horses, asses', 'say "hi"', 'two\nlines']]);
  });

  it('accepts CRLF, a last line without newline, empty fields and blank lines', () => {
    const table = readCsvTable('a,b,c\r\n1,,3\r\n\r\n,,\r\n4,5,');
    expect(table.rows).toEqual([
      ['1', '', '3'],
      ['4', '5', ''],
    ]);
  });

  it('keeps text after a closing quote instead of losing the row', () => {
    expect(readCsvTable('a,b\n"x"y,z\n').rows).toEqual([['xy', 'z']]);
  });

  it('reads an unterminated quote to the end of the input', () => {
    expect(readCsvTable('a\n"open\nstill open').rows).toEqual([['open\nstill open']]);
  });

  it('turns rows into objects, missing trailing fields as empty strings', () => {
    expect(tableObjects(readCsvTable('a,b,c\n1,2\n'))).toEqual([{ a: '1', b: '2', c: '' }]);
  });
});
