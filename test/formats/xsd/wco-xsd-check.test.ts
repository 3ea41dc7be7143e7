import { beforeAll, describe, expect, it } from 'vitest';
import { createWcoXsdCheck } from '../../../src/formats/xsd/wco-xsd-check.js';
import type { XmlSchemaCheck } from '../../../src/formats/xsd/xml-schema-check.js';
import { decodeAll, declarations, problems, readFixture, text } from '../decode-helpers.js';

const valid = readFixture('test/fixtures/xsd/IMA_TT_IM189a_excise_single_item.xml');
const invalid = readFixture('test/fixtures/xsd/IMA_TT_IM189a_unknown_element.xml');

describe('XSD strict mode for WCO XML (libxml2 WebAssembly, bundled HMRC schemas)', () => {
  let xsdCheck: XmlSchemaCheck;
  beforeAll(async () => {
    xsdCheck = await createWcoXsdCheck();
  });

  it('finds a valid HMRC sample valid', () => {
    expect(xsdCheck.check(valid)).toEqual([]);
  });

  it('names the line, the element and what the schema expected at that place', () => {
    const issues = xsdCheck.check(invalid);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(36);
    expect(issues[0]!.element).toBe('Remarks');
    expect(issues[0]!.message).toMatch(
      /^line 36, element <Remarks>: this element is not expected here; the schema expects one of </,
    );
    expect(issues[0]!.message).toContain('<TotalPackageQuantity>');
  });

  it('is off by default: the decoder reads the invalid sample, ignoring the unknown element', () => {
    expect(declarations(decodeAll(invalid))).toHaveLength(1);
  });

  it('turns schema errors into problems when the decoder is given the check; valid input still decodes', () => {
    const strict = decodeAll(invalid, { xsdCheck });
    expect(declarations(strict)).toEqual([]);
    expect(problems(strict)).toMatchObject([{ code: 'schema-violation', line: 36, element: 'Remarks', position: 0 }]);
    expect(problems(strict)[0]!.message).toContain('XSD (strict mode), declaration 0: line 36, element <Remarks>');
    expect(declarations(decodeAll(valid, { xsdCheck }))).toHaveLength(1);
  });

  it('reports a value of the wrong type and a document that is not well-formed', () => {
    const wrongType = new TextDecoder()
      .decode(valid)
      .replace('<GoodsItemQuantity>1</GoodsItemQuantity>', '<GoodsItemQuantity>1.5</GoodsItemQuantity>');
    const issues = xsdCheck.check(text(wrongType));
    expect(issues[0]!.element).toBe('GoodsItemQuantity');
    expect(issues[0]!.message).toContain("'1.5'");
    expect(xsdCheck.check(text('<md:MetaData xmlns:md="urn:wco:datamodel:WCO:DocumentMetaData-DMS:2">'))[0]!.line).toBe(
      1,
    );
  });
});
