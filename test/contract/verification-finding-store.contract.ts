import { expect, it } from 'vitest';
import type { VerificationFinding } from '../../src/core/verification/verification-finding.js';
import { verificationFindingId } from '../../src/core/verification/verification-finding.js';
import type { CurrentMessageStores } from './message-store/message-store-under-test.js';

function valueGap(importId: string, expected: number, actual: number): VerificationFinding {
  return {
    id: verificationFindingId('partner-value-gap', [`EX-${importId}`, importId]),
    check: 'partner',
    code: 'partner-value-gap',
    severity: expected > actual * 2 ? 'error' : 'warning',
    subject: { kind: 'declaration', id: importId },
    declarationIds: [importId],
    message: `The partner declared ${expected}, we saw ${actual}.`,
    fix: 'Ask for the invoice.',
    measure: { expected, actual, gap: (expected - actual) / expected, unit: 'value' },
    evidence: { partnerExport: `EX-${importId}` },
  };
}

const undeclared: VerificationFinding = {
  id: verificationFindingId('undeclared-cargo', ['MANIFEST-1', 'BL-1']),
  check: 'manifest',
  code: 'undeclared-cargo',
  severity: 'error',
  subject: { kind: 'cargo-consignment', reportId: 'MANIFEST-1', consignment: 'BL-1' },
  declarationIds: [],
  message: 'Consignment BL-1 was never declared.',
  fix: 'Trace it.',
  evidence: { report: 'MANIFEST-1' },
};

const massGap: VerificationFinding = {
  ...valueGap('dec_b', 0, 0),
  id: verificationFindingId('partner-mass-gap', ['EX-dec_b', 'dec_b']),
  code: 'partner-mass-gap',
  severity: 'warning',
  measure: { expected: 1000, actual: 800, gap: 0.2, unit: 'kg' },
};

export function verificationFindingStoreContract(use: CurrentMessageStores): void {
  it('records findings per declaration, once however often a check is re-run', async () => {
    const { findings } = use();
    const run = {
      check: 'partner' as const,
      findings: [valueGap('dec_a', 1000, 300), massGap, undeclared],
      outcomes: [
        { declarationId: 'dec_a', importerId: 'IMP1', day: 19000, mismatch: true },
        { declarationId: 'dec_b', importerId: 'IMP1', day: 19001, mismatch: true },
        { declarationId: 'dec_c', importerId: 'IMP1', day: 19002, mismatch: false },
        { declarationId: 'dec_d', importerId: 'IMP2', day: Number.NaN, mismatch: false },
      ],
      source: 'test:verify partners',
    };
    expect(await findings.record(run)).toEqual({ stored: 3, duplicates: 0, outcomes: 3 });
    expect(await findings.record(run)).toEqual({ stored: 0, duplicates: 3, outcomes: 0 });
    const onA = await findings.forDeclaration('dec_a');
    expect(onA).toHaveLength(1);
    expect(onA[0]).toMatchObject({
      declarationId: 'dec_a',
      valueAtStake: 700,
      source: 'test:verify partners',
      finding: run.findings[0],
    });
    expect(await findings.forDeclaration('dec_none')).toEqual([]);
  });

  it('ranks by value at stake, then errors first, and pages with a cursor', async () => {
    const { findings } = use();
    const many = [
      valueGap('dec_1', 500, 400),
      valueGap('dec_2', 900, 100),
      massGap,
      undeclared,
      valueGap('dec_3', 300, 100),
    ];
    await findings.record({ check: 'partner', findings: many, source: 'test' });
    const all = (await findings.query({})).items;
    expect(all.map((f) => [f.declarationId ?? '', f.valueAtStake, f.finding.code])).toEqual([
      ['dec_2', 800, 'partner-value-gap'],
      ['dec_3', 200, 'partner-value-gap'],
      ['dec_1', 100, 'partner-value-gap'],
      ['', 0, 'undeclared-cargo'],
      ['dec_b', 0, 'partner-mass-gap'],
    ]);
    const pages = [];
    let cursor: string | undefined;
    do {
      const page = await findings.query({ limit: 2, ...(cursor ? { cursor } : {}) });
      pages.push(...page.items.map((f) => f.finding.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual(all.map((f) => f.finding.id));
    expect((await findings.query({ code: 'undeclared-cargo' })).items.map((f) => f.declarationId)).toEqual([undefined]);
    expect((await findings.query({ check: 'manifest' })).items).toHaveLength(1);
    await expect(findings.query({ cursor: 'x' })).rejects.toMatchObject({ code: 'invalid-query' });
  });

  it('gives one outcome per declaration (a mismatch if any check found one) and the codes on each', async () => {
    const { findings } = use();
    await findings.record({
      check: 'manifest',
      findings: [],
      outcomes: [{ declarationId: 'dec_a', importerId: 'IMP1', day: 19000, mismatch: false }],
      source: 'test',
    });
    await findings.record({
      check: 'partner',
      findings: [valueGap('dec_a', 1000, 300)],
      outcomes: [{ declarationId: 'dec_a', importerId: 'IMP1', day: 19000, mismatch: true }],
      source: 'test',
    });
    expect(await findings.outcomes()).toEqual([
      { declarationId: 'dec_a', importerId: 'IMP1', day: 19000, mismatch: true },
    ]);
    expect(await findings.codesByDeclaration()).toEqual(new Map([['dec_a', new Set(['partner-value-gap'])]]));
  });

  it('refuses updates and deletes at the database (append-only)', async () => {
    const { findings } = use();
    const sql = (text: string) => use().sql(text);
    await findings.record({
      check: 'partner',
      findings: [valueGap('dec_a', 1000, 300)],
      outcomes: [{ declarationId: 'dec_a', importerId: 'IMP1', day: 19000, mismatch: true }],
      source: 'test',
    });
    await expect(sql('UPDATE verification_findings SET value_at_stake = 0')).rejects.toThrow(/append-only/);
    await expect(sql('DELETE FROM verification_findings')).rejects.toThrow(/append-only/);
    await expect(sql('DELETE FROM verification_outcomes')).rejects.toThrow(/append-only/);
    expect((await findings.query({})).items).toHaveLength(1);
  });
}
