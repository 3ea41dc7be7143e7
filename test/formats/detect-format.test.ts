import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/formats/detect-format.js';
import { readFixture, text } from './decode-helpers.js';

describe('detectFormat', () => {
  it.each([
    ['<?xml version="1.0"?><Declaration/>', 'wco-xml'],
    ['\n  <md:MetaData/>', 'wco-xml'],
    ['{"functionCode":"9"}', 'json'],
    [' [ ]', 'json'],
    ["UNA:+.? 'UNB+UNOC:3+X+Y'", 'edifact'],
    ["UNB+UNOA:2+SENDER+RECEIVER'", 'edifact'],
    ['Declaration ID,Date,HS6 Code\n1,2,3', 'csv'],
    ['Parcel No;Line;Order Date\r\n', 'csv'],
    ['a\tb\tc', 'csv'],
    ['', undefined],
    ['   \n', undefined],
    ['1,2,3\n4,5,6', undefined],
    ['just some words', undefined],
  ])('%j is %s', (input, format) => {
    expect(detectFormat(text(input))).toBe(format);
  });

  it('reads past a UTF-8 byte-order mark and decodes UTF-16 with one', () => {
    expect(detectFormat(new Uint8Array([0xef, 0xbb, 0xbf, ...text('{}')]))).toBe('json');
    expect(detectFormat(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00]))).toBe('wco-xml');
    expect(detectFormat(new Uint8Array([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d]))).toBe('json');
  });

  it('recognises the real files and refuses binary junk', () => {
    expect(detectFormat(readFixture('data-samples/customs-declarations/df_syn_valid_eng.csv'))).toBe('csv');
    expect(detectFormat(readFixture('test/fixtures/csv/ecommerce-parcel-manifest.csv'))).toBe('csv');
    expect(detectFormat(readFixture('test/fixtures/wco-xml/IMK_TT_IM011a.xml'))).toBe('wco-xml');
    expect(detectFormat(readFixture('test/fixtures/broken/binary-junk.bin'))).toBeUndefined();
  });
});
