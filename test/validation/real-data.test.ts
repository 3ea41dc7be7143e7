import { describe, expect, it } from 'vitest';
import type { Declaration } from '../../src/core/model/declaration-schema.js';
import { summariseQuality, type QualityRecord } from '../../src/core/validation/summarise-quality.js';
import { UnitValueHistory } from '../../src/core/validation/unit-value-history.js';
import { validateDeclaration } from '../../src/core/validation/validate-declaration.js';
import { kcsSamplesAvailable, readKcsDeclarations } from './support/kcs-declarations.js';
import { reference } from './support/clean-declaration.js';

const available = kcsSamplesAvailable();
if (!available)
  console.warn(
    '\n  SKIPPED: data-samples/customs-declarations is missing; the real-data validation tests are skipped.\n',
  );

interface Outcome {
  records: QualityRecord[];
  rules: Map<string, number>;
}

/** Validates in date order and learns unit values from the accepted ones, as ingestion does. */
function validateAll(declarations: Declaration[], unitValues: UnitValueHistory): Outcome {
  const rules = new Map<string, number>();
  const records: QualityRecord[] = [];
  for (const declaration of declarations) {
    const { findings, qualityScore } = validateDeclaration(declaration, {
      reference,
      unitValues,
      now: '2026-01-01T00:00:00Z',
    });
    for (const ruleId of new Set(findings.map((finding) => finding.ruleId)))
      rules.set(ruleId, (rules.get(ruleId) ?? 0) + 1);
    if (!findings.some((finding) => finding.severity === 'error')) unitValues.addDeclaration(declaration);
    records.push({ declaration, lineage: { source: 'file:df_syn' }, findings, qualityScore });
  }
  return { records, rules };
}

describe.skipIf(!available)('validation of the real Korean sample declarations', () => {
  const unitValues = new UnitValueHistory();
  const train = validateAll(readKcsDeclarations('df_syn_train_eng.csv'), unitValues);
  const valid = validateAll(readKcsDeclarations('df_syn_valid_eng.csv'), unitValues);
  const all = [...train.records, ...valid.records];
  const summary = summariseQuality(all);
  const distribution = new Map<string, number>();
  for (const outcome of [train, valid])
    for (const [rule, count] of outcome.rules) distribution.set(rule, (distribution.get(rule) ?? 0) + count);

  it('reports the distribution of findings', () => {
    console.log(
      `\n  ${all.length} real declarations: ${summary.overall.withErrors} with errors, mean quality ${summary.overall.meanScore}\n` +
        [...distribution]
          .sort((a, b) => b[1] - a[1])
          .map(
            ([rule, count]) =>
              `  ${rule.padEnd(30)} ${String(count).padStart(6)}  ${((count / all.length) * 100).toFixed(2)} %`,
          )
          .join('\n'),
    );
    expect(all).toHaveLength(45_519);
  });

  it('does not reject the real data: a historical record gets warnings for what it lacks, not errors', () => {
    expect(summary.overall.withErrors / all.length).toBeLessThan(0.01);
    expect(summary.overall.meanScore).toBeGreaterThanOrEqual(80);
    expect(summary.overall.buckets['0-19'] + summary.overall.buckets['20-39'] + summary.overall.buckets['40-59']).toBe(
      0,
    );
  });

  it('accepts every HS code at its date, including the 1,904 rows here whose code HS 2022 dropped', () => {
    expect(distribution.get('HS-UNKNOWN') ?? 0).toBe(0);
    const dropped = all.filter((record) => {
      const code = (record.declaration as Declaration).goodsItems[0]!.classifications[0]!.id;
      return !reference.hs.isValid(code, 'HS2022');
    });
    expect(dropped).toHaveLength(1_904);
  });

  it('flags what the data really contains: zero masses and values, unknown countries, national transport modes', () => {
    expect(distribution.get('NUM-ZERO-MASS')).toBe(340);
    expect(distribution.get('NUM-ZERO-VALUE')).toBe(437);
    expect(distribution.get('CL-ORIGIN-UNKNOWN')).toBe(24);
    expect(distribution.get('CL-TRANSPORT-MODE-NATIONAL')).toBe(all.length);
    expect(distribution.get('REQ-DESCRIPTION')).toBe(all.length);
  });

  it('finds unit-value outliers in a few per cent of declarations once history exists', () => {
    const outliers = distribution.get('VAL-UNIT-VALUE') ?? 0;
    expect(outliers / all.length).toBeGreaterThan(0.005);
    expect(outliers / all.length).toBeLessThan(0.06);
  });
});
