import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createReferenceData } from '../../src/core/reference/reference-data.js';
import {
  defaultReferenceRoot,
  loadReferenceData,
  loadReferenceTables,
} from '../../src/reference-data/load-reference-data.js';
import { ReferenceDataError } from '../../src/reference-data/reference-files.js';

const scratch = mkdtempSync(join(tmpdir(), 'tamga-reference-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the bundled reference folder with one file replaced. */
function brokenCopy(name: string, file: string, content: string | undefined): string {
  const root = join(scratch, name);
  cpSync(defaultReferenceRoot(), root, { recursive: true });
  if (content === undefined) rmSync(join(root, file));
  else writeFileSync(join(root, file), content);
  return root;
}

function errorOf(action: () => unknown): ReferenceDataError {
  try {
    action();
  } catch (error) {
    if (error instanceof ReferenceDataError) return error;
    throw error;
  }
  throw new Error('expected a ReferenceDataError');
}

describe('loadReferenceData', () => {
  it('loads the bundled tables with their documented row counts', () => {
    const tables = loadReferenceTables();
    expect(tables.hs2017.filter((row) => row.level === 6)).toHaveLength(5388);
    expect(tables.hs2022.filter((row) => row.level === 6)).toHaveLength(5613);
    expect(tables.sections).toHaveLength(21);
    expect(tables.countries).toHaveLength(249);
    expect(tables.currencies).toHaveLength(449);
  });

  it('builds the reference data in well under 300 ms', () => {
    const timings = [0, 1, 2].map(() => {
      const started = performance.now();
      createReferenceData(loadReferenceTables());
      return performance.now() - started;
    });
    expect(Math.min(...timings)).toBeLessThan(300);
  });

  it('builds once per folder and hands out the same object afterwards', () => {
    expect(loadReferenceData()).toBe(loadReferenceData({ root: defaultReferenceRoot() }));
  });

  it('names the file and the missing column of a changed layout', () => {
    const root = brokenCopy('column', 'hs/sections.csv', 'section,title\nI,Live animals\n');
    const error = errorOf(() => loadReferenceTables(root));
    expect(error.code).toBe('missing-column');
    expect(error.message).toBe('hs/sections.csv lacks column(s) name');
  });

  it('refuses a truncated file', () => {
    const root = brokenCopy('rows', 'currency/codes-all.csv', 'Entity,Currency,AlphabeticCode,WithdrawalDate\nX,Y,EUR,\n');
    const error = errorOf(() => loadReferenceTables(root));
    expect(error.code).toBe('too-few-rows');
    expect(error.message).toBe('currency/codes-all.csv has 1 rows, expected at least 300');
  });

  it('reports a missing file and a broken code list', () => {
    expect(errorOf(() => loadReferenceTables(brokenCopy('missing', 'country/country-codes.csv', undefined))).code).toBe(
      'missing-file',
    );
    const json = errorOf(() => loadReferenceTables(brokenCopy('json', 'codes/transport-modes.json', '{ "codes": ')));
    expect(json.code).toBe('bad-json');
    expect(json.message).toBe('codes/transport-modes.json is not valid JSON');
  });
});
