import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Declaration } from '../../../src/core/model/declaration-schema.js';
import { encodeWcoDeclaration } from '../../../src/formats/wco-xml-encoder/encode-wco-declaration.js';
import { decimalText } from '../../../src/formats/wco-xml-encoder/xml-build.js';
import { createWcoXsdCheck } from '../../../src/formats/xsd/wco-xsd-check.js';
import type { XmlSchemaCheck } from '../../../src/formats/xsd/xml-schema-check.js';
import { decodeAll, declarations, problems, readFixture, repoRoot, text } from '../decode-helpers.js';
import { canonicalDeclaration } from './canonical-arbitrary.js';

function roundTrip(declaration: Declaration): Declaration {
  const events = decodeAll(text(encodeWcoDeclaration(declaration)));
  expect(problems(events)).toEqual([]);
  return declarations(events)[0]!.declaration;
}

describe('canonical → WCO DEC XML → canonical', () => {
  let xsdCheck: XmlSchemaCheck;
  beforeAll(async () => {
    xsdCheck = await createWcoXsdCheck();
  });

  it('keeps every mapped field (property, fast-check)', () => {
    fc.assert(
      fc.property(canonicalDeclaration, (declaration) => {
        expect(roundTrip(declaration)).toEqual(declaration);
      }),
      { numRuns: 300 },
    );
  });

  const dir = 'test/fixtures/wco-xml/';
  const samples = readdirSync(repoRoot + dir).filter((name) => name.endsWith('.xml'));

  it.each(samples)('re-encodes the HMRC sample %s to the same declaration, valid against the HMRC XSD', (file) => {
    const original = declarations(decodeAll(readFixture(dir + file)))[0]!.declaration;
    const xml = encodeWcoDeclaration(original);
    expect(xsdCheck.check(text(xml))).toEqual([]);
    expect(roundTrip(original)).toEqual(original);
  });

  it('writes numbers without exponent and escapes text', () => {
    expect([1e-7, 1.5e-10, 1e21, 123.456, 0, 2.5e-3].map(decimalText)).toEqual([
      '0.0000001',
      '0.00000000015',
      '1000000000000000000000',
      '123.456',
      '0',
      '0.0025',
    ]);
    const xml = encodeWcoDeclaration({
      functionCode: '9',
      parties: {},
      transport: {},
      consignment: {},
      goodsItems: [],
      functionalReferenceId: 'A&B <"x">',
    });
    expect(xml).toContain('<FunctionalReferenceID>A&amp;B &lt;&quot;x&quot;&gt;</FunctionalReferenceID>');
  });
});
