import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Declaration } from '../../src/core/model/declaration-schema.js';
import { validateDeclaration } from '../../src/core/validation/validate-declaration.js';
import { createWcoXmlDecoder } from '../../src/formats/wco-xml/wco-xml-decoder.js';
import { context } from './support/clean-declaration.js';

const FOLDER = new URL('../fixtures/wco-xml/', import.meta.url);
/** The samples are dated up to November 2025. */
const AFTER_SAMPLES = context({ now: '2026-01-01T00:00:00Z' });

function decode(file: string): Declaration[] {
  const decoder = createWcoXmlDecoder();
  const declarations: Declaration[] = [];
  for (const events of [decoder.push(readFileSync(new URL(file, FOLDER))), decoder.end()])
    for (const event of events) if (event.kind === 'declaration') declarations.push(event.declaration);
  return declarations;
}

const samples = readdirSync(FOLDER)
  .filter((file) => file.endsWith('.xml'))
  .map((file) => ({ file, declarations: decode(file) }));

describe('validation of the HMRC CDS declaration samples', () => {
  it('decodes all seventeen samples', () => {
    expect(samples).toHaveLength(17);
    expect(samples.every((sample) => sample.declarations.length === 1)).toBe(true);
  });

  it.each(samples)('$file is accepted: what a test message lacks gets warnings, not errors', ({ declarations }) => {
    const { findings, qualityScore } = validateDeclaration(declarations[0]!, AFTER_SAMPLES);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(qualityScore).toBeGreaterThanOrEqual(90);
  });

  it('tells the placeholder equipment numbers of the samples apart from container numbers', () => {
    const [declaration] = samples.find((sample) => sample.file.startsWith('IMA_TT_IM083a'))!.declarations;
    const finding = validateDeclaration(declaration!, AFTER_SAMPLES).findings.find(
      (candidate) => candidate.ruleId === 'ID-CONTAINER-FORMAT',
    );
    expect(finding?.message).toBe('The equipment number "AD12345" is not an ISO 6346 container number.');
    expect(finding?.pointer.sections.map((section) => section.classId)).toEqual(['42A', '67A', '28A', '31B']);
  });
});
