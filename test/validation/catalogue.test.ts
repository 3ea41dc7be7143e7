import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/core/validation/rule-catalogue.js';
import { ruleCatalogueMarkdown } from '../../src/core/validation/rule-catalogue-markdown.js';

const catalogue = ruleCatalogue();

describe('rule catalogue', () => {
  it('lists at least 30 rules with unique ids, errors and warnings', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(30);
    expect(new Set(catalogue.map((entry) => entry.id)).size).toBe(catalogue.length);
    expect(catalogue.some((entry) => entry.severity === 'error')).toBe(true);
    expect(catalogue.some((entry) => entry.severity === 'warning')).toBe(true);
  });

  it('covers every area the issue names', () => {
    const categories = new Set(catalogue.map((entry) => entry.category));
    for (const category of [
      'required',
      'code-list',
      'classification',
      'description',
      'numeric',
      'unit-value',
      'date',
      'identifier',
      'totals',
      'duplicate',
      'preference',
    ])
      expect(categories).toContain(category);
  });

  it('points every rule at a WCO element and words its example for a shipper', () => {
    for (const entry of catalogue) {
      expect(entry.pointer.wcoId, entry.id).toMatch(/^[0-9A-Z]{3,4}$/);
      expect(entry.pointer.xpath.startsWith('Declaration'), entry.id).toBe(true);
      expect(entry.exampleMessage, entry.id).not.toMatch(/undefined|\bWCO\b|\b(42A|67A|68A|23A|21A)\b/);
      expect(entry.exampleFix.length, entry.id).toBeGreaterThan(20);
    }
  });

  it('is what docs/validation-rules.md shows (regenerate with scripts/generate-validation-docs.ts)', () => {
    const docs = readFileSync(new URL('../../docs/validation-rules.md', import.meta.url), 'utf8');
    expect(docs).toBe(ruleCatalogueMarkdown(catalogue));
  });
});
