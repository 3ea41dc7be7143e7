import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DecodeProblem } from '../../src/formats/decode-event.js';
import { decodeAll, declarations, problems, readFixture, repoRoot } from './decode-helpers.js';

const dir = 'test/fixtures/broken/';

/** Every broken fixture: the problems it must give (code, and what the message must say) and the declarations that survive. */
const corpus: Record<string, { problems: [DecodeProblem['code'], string][]; survivors: number }> = {
  'binary-junk.bin': { problems: [['unknown-format', 'not a format Tamga reads']], survivors: 0 },
  'empty.csv': { problems: [['empty-input', 'empty']], survivors: 0 },
  'empty.json': { problems: [['empty-input', 'empty']], survivors: 0 },
  'truncated-declaration.xml': {
    problems: [['not-well-formed', 'line 156, column 78: <GovernmentAgencyGoodsItem> is never closed']],
    survivors: 0,
  },
  'xml-not-a-declaration.xml': { problems: [['unexpected-element', 'root element is <Invoice>']], survivors: 0 },
  'xml-bad-values.xml': {
    problems: [
      ['schema-violation', 'NetNetWeightMeasure at line 112, column 27: -5 is negative'],
      ['wrong-type', 'GrossMassMeasure at line 110, column 24: expected a decimal number, got "65kg"'],
    ],
    survivors: 0,
  },
  'xml-latin1-bytes.xml': { problems: [['bad-encoding', 'invalid UTF-8 at byte offset 6214 (line 121']], survivors: 0 },
  'csv-shifted-columns.csv': {
    problems: [
      [
        'shifted-columns',
        'row 3 (line 4) has 23 values for 22 columns, so the values are shifted from column "Tax Rate" on',
      ],
    ],
    survivors: 4,
  },
  'csv-missing-columns.csv': {
    problems: [
      [
        'missing-column',
        'lacks the required column "HS6 Code" of layout kcs-customs-declarations. Columns found: "Declaration ID"',
      ],
    ],
    survivors: 0,
  },
  'csv-wrong-types.csv': {
    problems: [
      ['wrong-type', 'row 2 (line 3), column "Net Mass": expected a number like 1234.5, got "12kg"'],
      ['wrong-type', 'row 4 (line 5), column "Date": expected a date written YYYY-MM-DD, got "2020-13-45"'],
    ],
    survivors: 3,
  },
  'csv-latin1-bytes.csv': {
    problems: [['bad-encoding', 'row 2 (line 3): invalid UTF-8 at byte offset 439 (line 3, column 57']],
    survivors: 4,
  },
  'csv-absurd-numbers.csv': {
    problems: [
      ['schema-violation', 'column "Net Mass" (net mass (kg), WCO 128): -5 is negative'],
      ['schema-violation', 'column "Item Price" (customs value, WCO 108): 1e+308 is too large'],
    ],
    survivors: 3,
  },
  'json-wrong-types.json': {
    problems: [['wrong-type', 'goodsItems[0].netMassKg (net mass (kg), WCO 128): expected a number, got "12kg"']],
    survivors: 0,
  },
  'json-not-well-formed.json': { problems: [['not-well-formed', 'line 3, column 15']], survivors: 0 },
  'json-absurd-numbers.json': {
    problems: [
      ['schema-violation', 'goodsItems[0].netMassKg (net mass (kg), WCO 128): -5 is negative'],
      ['schema-violation', 'goodsItems[0].customsValue (customs value, WCO 108): 1e+308 is too large'],
      ['wrong-type', 'goodsItems[0].customsValue (customs value, WCO 108): expected a number, got Infinity'],
    ],
    survivors: 1,
  },
};

describe('broken inputs', () => {
  it('has an expectation for every file of the corpus', () => {
    expect(
      readdirSync(`${repoRoot}${dir}`)
        .filter((name) => !name.endsWith('.md'))
        .sort(),
    ).toEqual(Object.keys(corpus).sort());
  });

  it.each(Object.entries(corpus))('%s gives precise problems and keeps the rest', (file, want) => {
    const events = decodeAll(readFixture(dir + file));
    const found = problems(events);
    expect(found.map((problem) => problem.code)).toEqual(want.problems.map(([code]) => code));
    found.forEach((problem, i) => expect(problem.message).toContain(want.problems[i]![1]));
    expect(declarations(events)).toHaveLength(want.survivors);
  });
});
