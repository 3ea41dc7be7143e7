import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'tamga-risk-cli-'));
const dbPath = join(folder, 'tamga.db');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real CLI in a child process on its own SQLite file; a non-zero exit is a result, not a throw. */
async function tamga(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['bin/tamga.js', '--db', `sqlite:${dbPath}`, ...args],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('tamga risk and tamga rules', () => {
  beforeAll(async () => {
    const ingest = await tamga('ingest', 'test/fixtures/risk/kcs-train-head4000.csv');
    expect(ingest.code, ingest.stderr).toBe(0);
  }, 120_000);

  it('has nothing to promote or roll back before a model is trained', async () => {
    const models = await tamga('risk', 'models');
    expect(models.stdout).toContain('No model registered yet: tamga risk train.');
    const rollback = await tamga('risk', 'rollback');
    expect(rollback.code).toBe(1);
    expect(rollback.stderr).toContain('No model is in use.');
    const rescore = await tamga('risk', 'rescore', '--quiet');
    expect(rescore.code).toBe(1);
    expect(rescore.stderr).toMatch(/tamga risk train/);
  }, 60_000);

  it('trains from the stored outcomes, registers, promotes, rolls back and rescores', async () => {
    const first = await tamga('risk', 'train', '--promote', '--json');
    expect(first.code, first.stderr).toBe(0);
    const trained = JSON.parse(first.stdout) as { status: string; version: string; promoted: boolean };
    expect(trained).toMatchObject({ status: 'trained', promoted: true });

    const second = await tamga('risk', 'train', '--no-promote');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('Registered, not promoted');
    expect(second.stdout).toMatch(/P@5%/);

    const models = JSON.parse((await tamga('risk', 'models', '--json')).stdout) as {
      active: string;
      versions: { version: string }[];
    };
    expect(models.active).toBe(trained.version);
    expect(models.versions).toHaveLength(2);
    const newer = models.versions.find((v) => v.version !== trained.version)!.version;

    const promote = await tamga('risk', 'promote', newer, '--reason', 'test');
    expect(promote.stdout).toContain(`${newer} is in use (was ${trained.version}`);
    const unknown = await tamga('risk', 'promote', 'no-such-version');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No model version no-such-version');
    const rollback = await tamga('risk', 'rollback');
    expect(rollback.stdout).toContain(`Rolled back from ${newer} to ${trained.version}.`);

    const rescore = await tamga('risk', 'rescore', '--json');
    expect(rescore.code, rescore.stderr).toBe(0);
    const report = JSON.parse(rescore.stdout) as {
      decisions: number;
      modelVersion: string;
      lanes: Record<string, number>;
    };
    expect(report.decisions).toBe(4000);
    expect(report.modelVersion).toBe(trained.version);
    expect(report.lanes['red']).toBeGreaterThan(0);
  }, 180_000);

  it('flags a rule that can never fire and a rule always shadowed, with exit code 1', async () => {
    const run = await tamga('rules', 'backtest', 'test/fixtures/risk/rules-with-a-dead-rule.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('replayed over 4,000 declarations');
    expect(run.stdout).toMatch(/chapter-85-and-01 v1 contradictory: hs6 cannot start with 85 and with 01/);
    expect(run.stdout).toMatch(/chapter-8471-yellow v1 shadowed/);
    expect(run.stdout).toMatch(/any-chapter-84-red v1\s+red\s+[1-9]/);
    expect(run.stdout).toMatch(/Load per day: red/);
  }, 60_000);

  it('backtests, imports and activates the default rule set', async () => {
    const backtest = await tamga('rules', 'backtest', 'config/rules/tamga-default.json', '--json');
    const report = JSON.parse(backtest.stdout) as { rules: { rule: string; hits: number }[] };
    expect(report.rules.map((r) => r.rule)).toEqual([
      'phones-cn-low-unit-value',
      'gb-machines-instruments',
      'new-seller-instruments',
      'importer-verification-mismatches',
      'mirror-gap',
    ]);
    expect(report.rules.find((r) => r.rule === 'new-seller-instruments')!.hits).toBeGreaterThan(0);
    const imported = await tamga('rules', 'import', 'config/rules/tamga-default.json', '--activate');
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('tamga-default v1 is in use for new declarations.');
    expect((await tamga('rules', 'list')).stdout).toMatch(/^\*\s+tamga-default v1\s+5/m);
  }, 60_000);

  it('refuses a broken rule set file with the JSON path of the problem', async () => {
    const broken = join(folder, 'broken-rules.json');
    writeFileSync(
      broken,
      JSON.stringify({
        id: 'x',
        version: 1,
        author: 'a',
        reason: 'r',
        validFrom: '2020-01-01',
        rules: [
          {
            id: 'r1',
            version: 1,
            author: 'a',
            reason: 'r',
            validFrom: '2020-01-01',
            lane: 'red',
            conditions: [{ kind: 'prefix', field: 'colour', values: ['1'] }],
          },
        ],
      }),
    );
    const run = await tamga('rules', 'backtest', broken);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${broken}: /rules/0/conditions/0`);
    const missing = await tamga('rules', 'import', join(folder, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: no such file');
  }, 60_000);

  it('imports inspection outcomes by LRN, reports bad rows by line and column and keeps the rest', async () => {
    const csv = join(folder, 'outcomes.csv');
    writeFileSync(
      csv,
      [
        'declaration,outcome,revenue,officer',
        '97061800,fraud,1200,officer-1',
        '85945189,maybe,,officer-1',
        'NO-SUCH-LRN,clean,,officer-2',
        '85945189,clean,-5,officer-2',
      ].join('\n'),
    );
    const run = await tamga('risk', 'outcomes', 'import', csv);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 of 4 inspection results recorded');
    expect(run.stderr).toContain(`${csv}:3 (outcome): "maybe" is not an outcome`);
    expect(run.stderr).toContain(`${csv}:4 (declaration): no declaration with id, LRN or MRN NO-SUCH-LRN`);
    expect(run.stderr).toContain(`${csv}:5 (revenue): "-5" is not an amount`);
    const noColumn = join(folder, 'no-outcome.csv');
    writeFileSync(noColumn, 'declaration,comment\n97061800,x\n');
    const refused = await tamga('risk', 'outcomes', 'import', noColumn);
    expect(refused.stderr).toContain(':1: no outcome column');
  }, 60_000);
});
