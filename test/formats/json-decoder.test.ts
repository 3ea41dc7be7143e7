import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchemas } from '../../scripts/render-json-schemas.js';
import type { Declaration } from '../../src/core/model/declaration-schema.js';
import { decodeAll, decodeChunked, declarations, problems, readFixture, repoRoot, text } from './decode-helpers.js';

const minimal: Declaration = {
  functionCode: '9',
  functionalReferenceId: 'LRN-1',
  parties: { importer: { id: 'GB123' } },
  transport: {},
  consignment: {},
  goodsItems: [{ sequence: 1, classifications: [{ id: '851830' }], netMassKg: 1.5 }],
};
const other: Declaration = { ...minimal, functionalReferenceId: 'LRN-2' };

describe('JSON decoder (canonical form)', () => {
  it('round-trips every WCO sample through the canonical JSON form', () => {
    const xml = declarations(
      [
        'IMA_TT_IM083a_three_items.xml',
        'IMZ_TT_IM184a_supplementary_4_items.xml',
        'COR_TT_IM002c_multi_amendment.xml',
      ].flatMap((file) => decodeAll(readFixture(`test/fixtures/wco-xml/${file}`))),
    ).map((event) => event.declaration);
    const events = decodeAll(text(JSON.stringify(xml)));
    expect(problems(events)).toEqual([]);
    expect(declarations(events).map((event) => event.declaration)).toEqual(xml);
  });

  it('decodes the canonical JSON fixture to the same declaration as its WCO XML original', () => {
    const [json] = declarations(decodeAll(readFixture('test/fixtures/json/IMA_TT_IM083a_three_items.json')));
    const [xml] = declarations(decodeAll(readFixture('test/fixtures/wco-xml/IMA_TT_IM083a_three_items.xml')));
    expect(json!.declaration).toEqual(xml!.declaration);
    expect(json!.declaration.goodsItems).toHaveLength(3);
  });

  it('accepts one declaration, an array, { "declarations": [...] } and NDJSON', async () => {
    const refs = (events: ReturnType<typeof decodeAll>) =>
      declarations(events).map((e) => [e.position, e.declaration.functionalReferenceId]);
    expect(refs(decodeAll(text(JSON.stringify(minimal, null, 2))))).toEqual([[0, 'LRN-1']]);
    expect(refs(decodeAll(text(JSON.stringify([minimal, other]))))).toEqual([
      [0, 'LRN-1'],
      [1, 'LRN-2'],
    ]);
    expect(refs(decodeAll(text(JSON.stringify({ declarations: [minimal, other] }))))).toEqual([
      [0, 'LRN-1'],
      [1, 'LRN-2'],
    ]);
    const ndjson = text(`${JSON.stringify(minimal)}\n\n${JSON.stringify(other)}\r\n`);
    expect(refs(decodeAll(ndjson))).toEqual([
      [0, 'LRN-1'],
      [1, 'LRN-2'],
    ]);
    expect(refs(await decodeChunked(ndjson, 7))).toEqual([
      [0, 'LRN-1'],
      [1, 'LRN-2'],
    ]);
  });

  it('keeps a lone document verbatim and an NDJSON line verbatim as raw units', () => {
    const body = text(JSON.stringify(minimal, null, 2));
    expect(declarations(decodeAll(body))[0]!.raw).toEqual({ body, mediaType: 'application/json' });
    const line = JSON.stringify(other);
    const [, second] = declarations(decodeAll(text(`${JSON.stringify(minimal)}\n${line}\n`)));
    expect(new TextDecoder().decode(second!.raw.body)).toBe(line);
  });

  it('names the JSON path, the field label and its WCO ID of a wrong type', () => {
    const events = decodeAll(readFixture('test/fixtures/broken/json-wrong-types.json'));
    expect(problems(events)).toEqual([
      expect.objectContaining({
        code: 'wrong-type',
        element: 'goodsItems[0].netMassKg',
        message: 'goodsItems[0].netMassKg (net mass (kg), WCO 128): expected a number, got "12kg"',
      }),
    ]);
  });

  it('names missing and unknown fields', () => {
    const noFunction: Partial<Declaration> = { ...minimal, functionCode: undefined };
    const events = decodeAll(text(JSON.stringify({ ...noFunction, colour: 'red' })));
    expect(problems(events).map((p) => [p.code, p.message])).toEqual([
      [
        'missing-element',
        'functionCode (message function (9 original, 13 amendment), WCO 017): is required but missing',
      ],
      [
        'unexpected-element',
        'colour (declaration, WCO 42A): is not a field of the canonical declaration (check the spelling, see schema/declaration.schema.json)',
      ],
    ]);
  });

  it('decodes the rest of a batch after a bad declaration', () => {
    const events = decodeAll(text(JSON.stringify([minimal, 42, { ...other, goodsItems: 'none' }, other])));
    expect(declarations(events).map((e) => e.position)).toEqual([0, 3]);
    expect(problems(events).map((p) => [p.position, p.code])).toEqual([
      [1, 'wrong-type'],
      [2, 'wrong-type'],
    ]);
  });

  it('gives line and column of a syntax error, and of a bad NDJSON line', () => {
    const [problem] = problems(decodeAll(readFixture('test/fixtures/broken/json-not-well-formed.json')));
    expect(problem).toMatchObject({ code: 'not-well-formed', line: 3, column: 15 });
    const events = decodeAll(text(`${JSON.stringify(minimal)}\n{"functionCode": 9,,}\n${JSON.stringify(other)}\n`));
    expect(declarations(events)).toHaveLength(2);
    expect(problems(events)[0]).toMatchObject({ code: 'not-well-formed', line: 2, column: 20, position: 1 });
  });
});

describe('published JSON Schema', () => {
  it('is up to date with the TypeBox schema (run npx tsx scripts/generate-json-schema.ts)', async () => {
    for (const { file, text: expected } of await renderSchemas()) {
      expect(readFileSync(`${repoRoot}${file}`, 'utf8'), file).toBe(expected);
    }
  });
});
