import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTamgaServices } from '../../src/app/create-tamga-services.js';
import type { TamgaServices } from '../../src/app/tamga-services.js';
import { conditionHolds } from '../../src/core/risk/rules/rule-match.js';
import { analyseRuleSet } from '../../src/core/risk/rules/rule-analysis.js';
import { ruleFacts } from '../../src/core/risk/rules/rule-facts.js';
import { trainFromStore } from '../../src/risk/train-from-store.js';
import { parseRuleSet } from '../../src/risk/rule-set-file.js';
import { readFixture } from './support/fixture-inputs.js';

const DAY_MS = 86_400_000;
const day = (date: string) => Math.floor(Date.parse(date) / DAY_MS);

describe('verification signals in targeting rules', () => {
  it('bounds the importer mismatch rate and the mirror gap like any number, and never fires without evidence', () => {
    const [input] = readFixture('kcs-valid-head1000.csv');
    const row = new Float64Array(200).fill(Number.NaN);
    const rate = { kind: 'range', field: 'importerMismatchRate', min: 0.3 } as const;
    const gap = { kind: 'range', field: 'mirrorGap', min: 0.25 } as const;
    const known = ruleFacts(
      { input: input!, features: row, score: 0.1 },
      { importerMismatchRate: 0.45, mirrorGap: 0.1 },
    );
    expect(conditionHolds(rate, known)).toBe(true);
    expect(conditionHolds(gap, known)).toBe(false);
    const unknown = ruleFacts({ input: input!, features: row, score: 0.1 });
    expect(conditionHolds(rate, unknown)).toBe(false);
    expect(
      conditionHolds(gap, ruleFacts({ input: input!, features: row }, { importerMismatchRate: NaN, mirrorGap: NaN })),
    ).toBe(false);
  });

  it('flags a mismatch-rate bound that no rate can reach', () => {
    const rule = { id: 'r', version: 1, author: 'a', reason: 'r', validFrom: '2020-01-01', lane: 'yellow' as const };
    const issues = analyseRuleSet({
      id: 's',
      version: 1,
      rules: [{ ...rule, conditions: [{ kind: 'range', field: 'importerMismatchRate', min: 1.5 }] }],
    });
    expect(issues.map((i) => i.code)).toEqual(['impossible-value']);
  });
});

describe('a verification run seen by the next lane decision', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tamga-verification-rules-'));
  let services: TamgaServices;

  beforeAll(async () => {
    services = await createTamgaServices({ db: `sqlite:${join(folder, 'tamga.db')}` });
    const csv = readFileSync(new URL('../fixtures/risk/kcs-train-head4000.csv', import.meta.url));
    await services.ingestBytes(csv, { source: 'test' });
    const trained = await trainFromStore(services.risk!.engine, { promote: true, refit: false });
    expect(trained.status).toBe('trained');
    const rules = parseRuleSet(
      readFileSync(new URL('../../config/rules/tamga-default.json', import.meta.url), 'utf8'),
      'default',
    );
    if (rules.status !== 'ok') throw new Error(rules.message);
    const { engine } = services.risk!;
    const saved = await engine.risk.saveRuleSet(rules.ruleSet, new Date().toISOString());
    await engine.risk.activateRuleSet({ id: saved.id, version: saved.version }, { at: new Date().toISOString() });
    await engine.reload();
  }, 120_000);
  afterAll(async () => {
    await services?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("sends an importer's next declaration out of green once verification found its earlier ones wrong", async () => {
    const submit = async (id: string) => {
      const header = readFileSync(new URL('../fixtures/risk/kcs-train-head4000.csv', import.meta.url), 'utf8').split(
        '\n',
      )[0]!;
      // Importer QLRUBN9 again, a month later: an ordinary, low-duty declaration.
      const row = `${id},2020-02-03,30,B,11,21,11,10,ZZR1LT6,QLRUBN9,0VKY2BR,,440890,BE,BE,0.0,FEU1,G,108.0,372254.4,,`;
      const report = await services.ingestBytes(new TextEncoder().encode(`${header}\n${row}\n`), { source: 'test' });
      expect(report.problems).toEqual([]);
      return report.results[0] as { status: string; lane?: string; reasons?: string[] };
    };
    const before = await submit('99000001');
    expect(before.status).toBe('accepted');
    expect(before.reasons!.join(' ')).not.toMatch(/importer-verification-mismatches/);

    // Partner matching checked four of its January declarations and found three of them wrong.
    await services.verificationFindings.record({
      check: 'partner',
      findings: [],
      outcomes: [1, 2, 3, 4].map((n) => ({
        declarationId: `checked-${n}`,
        importerId: 'QLRUBN9',
        day: day(`2020-01-0${n}`),
        mismatch: n !== 4,
      })),
      source: 'test',
    });
    const after = await submit('99000002');
    expect(after.status).toBe('accepted');
    expect(after.lane).not.toBe('green');
    expect(after.reasons!.join(' ')).toMatch(/importer-verification-mismatches/);
  }, 60_000);
});
