import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/core/model/finding.js';
import { pointerFor } from '../../src/core/model/pointer.js';
import { qualityScore } from '../../src/core/validation/quality-score.js';
import { summariseQuality, type QualityRecord } from '../../src/core/validation/summarise-quality.js';

function finding(ruleId: string, severity: Severity): Finding {
  return { ruleId, severity, pointer: pointerFor('issueDate'), message: 'm', fix: 'f' };
}

describe('qualityScore', () => {
  it('costs 35 per failed error rule and 5 per failed warning rule, capped at 70 and 30', () => {
    expect(qualityScore([])).toBe(100);
    expect(qualityScore([finding('W1', 'warning')])).toBe(95);
    expect(qualityScore([finding('E1', 'error')])).toBe(65);
    expect(qualityScore([finding('E1', 'error'), finding('E2', 'error'), finding('E3', 'error')])).toBe(30);
    const warnings = Array.from({ length: 9 }, (_, n) => finding(`W${n}`, 'warning'));
    expect(qualityScore(warnings)).toBe(70);
    expect(qualityScore([...warnings, finding('E1', 'error'), finding('E2', 'error'), finding('E3', 'error')])).toBe(0);
  });

  it('counts a rule failed on many goods items once', () => {
    expect(qualityScore([finding('W1', 'warning'), finding('W1', 'warning'), finding('W1', 'warning')])).toBe(95);
  });
});

describe('summariseQuality', () => {
  const record = (declarant: string | undefined, source: string, findings: Finding[]): QualityRecord => ({
    declaration: { parties: { ...(declarant ? { declarant: { id: declarant } } : {}), importer: { id: 'IMP1' } } },
    lineage: { source },
    findings,
    qualityScore: qualityScore(findings),
  });
  const records = [
    record('D1', 'api', []),
    record('D1', 'file:data/a.csv', [finding('W1', 'warning')]),
    record('D1', 'file:data/b.csv', [finding('E1', 'error'), finding('W1', 'warning')]),
    record('D2', 'api', [finding('W1', 'warning'), finding('W1', 'warning')]),
    record(undefined, 'broker:tamga.ingest', [finding('E2', 'error')]),
  ];

  it('aggregates per declarant, importer and source prefix', () => {
    const summary = summariseQuality(records);
    expect(summary.overall).toMatchObject({ key: 'all', declarations: 5, withErrors: 2, meanScore: 83 });
    expect(summary.byDeclarant.map((group) => [group.key, group.declarations, group.meanScore])).toEqual([
      ['D1', 3, 85],
      ['(none)', 1, 65],
      ['D2', 1, 95],
    ]);
    expect(summary.byImporter).toHaveLength(1);
    expect(summary.bySource.map((group) => [group.key, group.declarations])).toEqual([
      ['api', 2],
      ['file', 2],
      ['broker', 1],
    ]);
  });

  it('gives the score distribution and the rules that fail most, counted per declaration', () => {
    const { overall } = summariseQuality(records);
    expect(overall.buckets).toEqual({ '0-19': 0, '20-39': 0, '40-59': 0, '60-79': 2, '80-99': 2, '100': 1 });
    expect(overall.topRules).toEqual([
      { ruleId: 'W1', declarations: 3 },
      { ruleId: 'E1', declarations: 1 },
      { ruleId: 'E2', declarations: 1 },
    ]);
  });

  it('takes a custom source grouping and an empty input', () => {
    const summary = summariseQuality(records, { sourceKey: (source) => source, topRules: 1 });
    expect(summary.bySource).toHaveLength(4);
    expect(summary.overall.topRules).toHaveLength(1);
    expect(summariseQuality([]).overall).toMatchObject({ declarations: 0, meanScore: 0 });
  });
});
