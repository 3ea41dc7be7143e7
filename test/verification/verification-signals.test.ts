import { describe, expect, it } from 'vitest';
import { toRiskInput } from '../../src/core/risk/risk-input.js';
import { mirrorStatistics } from '../../src/core/verification/mirror/mirror-statistics.js';
import { dayOf } from '../../src/core/verification/normalize.js';
import {
  createVerificationSignalContext,
  verificationSignals,
} from '../../src/core/verification/signals/verification-signals.js';
import { verificationOutcomes } from '../../src/core/verification/signals/verification-outcomes.js';
import { findingsByDeclaration, toDeclarationFinding } from '../../src/core/verification/to-declaration-finding.js';
import { evaluatePartnerMatching, generatedRecords } from '../../src/verification/evaluate-partner-matching.js';
import { generatePartnerData } from '../../src/verification/generate-partner-data.js';
import { sampleImports } from './sample-imports.js';

describe('verification signals for the risk engine', () => {
  it('gives an importer with past under-valuations a high mismatch rate, without look-ahead', async () => {
    const data = generatePartnerData((await sampleImports()).slice(0, 3000), {
      seed: 8,
      rates: { underValuation: 0.1 },
    });
    const evaluation = evaluatePartnerMatching(data);
    const records = generatedRecords(data);
    const matched = new Set(evaluation.result.matches.map((m) => m.importIndex));
    const outcomes = verificationOutcomes(
      records.imports.filter((_, i) => matched.has(i)),
      evaluation.findings,
    );
    const context = createVerificationSignalContext({
      outcomes,
      findings: evaluation.findings,
      mirror: mirrorStatistics(records.imports, records.exports),
    });
    expect(context.prior).toBeGreaterThan(0.05);
    expect(context.prior).toBeLessThan(0.2);
    // An importer whose declarations were found under-valued twice or more.
    const byImporter = new Map<string, number[]>();
    for (const o of outcomes)
      if (o.mismatch) byImporter.set(o.importerId, [...(byImporter.get(o.importerId) ?? []), o.day]);
    const [importerId, days] = [...byImporter].find(([, d]) => d.length >= 2)!;
    const last = Math.max(...days);
    const after = verificationSignals({ importerId, hs6: '000000', originCountry: 'CN', day: last + 1 }, context);
    expect(after.importerMismatches).toBe(days.length);
    expect(after.importerMismatchRate).toBeGreaterThan(context.prior);
    const before = verificationSignals(
      { importerId, hs6: '000000', originCountry: 'CN', day: Math.min(...days) },
      context,
    );
    expect(before.importerMismatches).toBe(0);
    expect(after.ruleHits.includes('verification.importer-mismatch-rate')).toBe(after.importerMismatchRate >= 0.3);
  });

  it('takes a RiskInput as it is and reports the mirror gap and the findings stored on the declaration', async () => {
    const declaration = (await sampleImports())[0]!;
    const input = toRiskInput(declaration);
    const context = createVerificationSignalContext({
      outcomes: [{ declarationId: 'old', importerId: input.importerId, day: input.day - 10, mismatch: true }],
      findings: [
        {
          id: 'x',
          check: 'partner',
          code: 'partner-value-gap',
          severity: 'error',
          subject: { kind: 'declaration', id: input.id },
          declarationIds: [input.id],
          message: 'm',
          fix: 'f',
          evidence: {},
        },
      ],
      mirror: {
        factor: 1.06,
        cells: [],
        pairs: [
          {
            hs6: input.hs6,
            partnerCountry: input.departureCountry,
            months: 3,
            importsCif: 50,
            exportsFob: 100,
            expectedCif: 106,
            gap: 56,
            gapRatio: 56 / 106,
            valueAtStake: 56,
          },
        ],
      },
    });
    const signals = verificationSignals(input, context);
    expect(signals).toMatchObject({ importerVerified: 1, importerMismatches: 1, findings: 1, mirrorValueAtStake: 56 });
    expect(signals.mirrorGapRatio).toBeCloseTo(0.528, 3);
    expect(signals.ruleHits).toEqual([
      'verification.partner-value-gap',
      'verification.importer-mismatch-rate',
      'verification.mirror-gap',
    ]);
    expect(verificationSignals({ ...input, day: dayOf('2000-01-01') }, context).importerVerified).toBe(0);
  });

  it('turns verification findings into declaration findings with WCO pointers', () => {
    const finding = {
      id: 'partner-hs-differs-4:A|B',
      check: 'partner' as const,
      code: 'partner-hs-differs-4' as const,
      severity: 'error' as const,
      subject: { kind: 'declaration' as const, id: 'A' },
      declarationIds: ['A'],
      message: 'The exporting country classified these goods under 847130; this declaration uses 852872.',
      fix: 'Check the classification.',
      evidence: {},
    };
    const converted = toDeclarationFinding(finding);
    expect(converted).toMatchObject({
      ruleId: 'verification.partner-hs-differs-4',
      severity: 'error',
      pointer: { wcoId: '42A' },
    });
    expect(findingsByDeclaration([finding]).get('A')).toHaveLength(1);
  });
});
