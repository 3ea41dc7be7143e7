import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createRiskScorer } from '../../src/core/risk/model/risk-scorer.js';
import { readModelArtifact, writeModelArtifact } from '../../src/risk/model-artifact-file.js';
import { runRiskEvaluateCommand } from '../../src/risk/run-risk-evaluate-command.js';
import { fixtureInputs } from './support/fixture-inputs.js';
import { smallModel } from './support/small-model.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/risk/${name}`, import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'tamga-risk-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const quick = { earlyStoppingShare: 0.15, gbdt: { rounds: 30, maxDepth: 6, maxLeaves: 32 } };

describe('tamga risk evaluate', () => {
  it('prints one JSON object with the metrics, baselines and published figures', async () => {
    let out = '';
    const { exitCode, result } = await runRiskEvaluateCommand({
      train: [fixture('kcs-train-head4000.csv')],
      test: [fixture('kcs-valid-head1000.csv')],
      json: true,
      params: quick,
      write: (text) => (out += text),
    });
    expect(exitCode).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    for (const key of [
      'precision_at_1',
      'precision_at_5',
      'precision_at_10',
      'recall_at_10',
      'auc',
      'critical_recall_at_5',
    ])
      expect(typeof json[key]).toBe('number');
    expect(json['k_at_10']).toBe(100);
    expect(Object.keys(json['baselines'] as object)).toEqual(['random', 'hs6_history', 'logistic_regression']);
    expect((json['published'] as Record<string, unknown>)['issue_xgboost_1_7']).toBeDefined();
    expect(result!['auc']).toBeGreaterThan((result!.baselines['random']!['auc'] ?? 1) + 0.1);
  });

  it('prints the table, and says so when a period has no outcomes', async () => {
    let out = '';
    await runRiskEvaluateCommand({
      train: [fixture('kcs-train-head4000.csv')],
      test: [fixture('kcs-valid-head1000.csv')],
      params: quick,
      write: (text) => (out += text),
    });
    expect(out).toMatch(/tamga gbdt\s+\d\.\d{3}/);
    expect(out).toContain('baseline: logistic_regression');
    expect(out).toContain('published: issue_xgboost_1_7');
    const header = 'Declaration ID,Date,Office ID,HS6 Code,Importer ID,Country of Origin,Net Mass,Item Price';
    const unlabelled = join(folder, 'unlabelled.csv');
    writeFileSync(unlabelled, `${header}\n12345678,2021-01-02,30,851712,AB12345,CN,1.5,120000\n`);
    const warnings: string[] = [];
    const run = await runRiskEvaluateCommand({
      train: [fixture('kcs-train-head4000.csv')],
      test: [unlabelled],
      params: quick,
      write: () => undefined,
      warn: (text) => warnings.push(text),
    });
    expect(run.exitCode).toBe(1);
    expect(warnings.join('\n')).toContain('--test: no declaration with an inspection outcome');
  });

  it('names a missing file and exits 2 without reading anything', async () => {
    const problems: string[] = [];
    const { exitCode } = await runRiskEvaluateCommand({
      train: [fixture('kcs-train-head4000.csv')],
      test: [join(folder, 'no-such-file.csv')],
      warn: (text) => problems.push(text),
      write: () => undefined,
    });
    expect(exitCode).toBe(2);
    expect(problems).toEqual([`${join(folder, 'no-such-file.csv')}: no such file`]);
  });
});

describe('model artifact', () => {
  it('round-trips through a JSON file and scores the same', async () => {
    const { trained, scorer } = smallModel();
    const path = join(folder, 'model.json');
    await writeModelArtifact(path, trained.artifact);
    const read = await readModelArtifact(path);
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    const { valid } = fixtureInputs();
    expect(Array.from(createRiskScorer(read.artifact).scoreBatch(valid))).toEqual(Array.from(scorer.scoreBatch(valid)));
    expect(read.artifact.training).toMatchObject({ from: '2020-01-01', rows: 4000 });
  });

  it('answers with a problem for a missing, broken or foreign file', async () => {
    expect(await readModelArtifact(join(folder, 'nope.json'))).toMatchObject({ status: 'problem', code: 'not-found' });
    writeFileSync(join(folder, 'broken.json'), '{"format": "tamga-risk-model", ');
    expect(await readModelArtifact(join(folder, 'broken.json'))).toMatchObject({ status: 'problem', code: 'not-json' });
    writeFileSync(join(folder, 'other.json'), '{"format": "onnx"}');
    expect(await readModelArtifact(join(folder, 'other.json'))).toMatchObject({
      status: 'problem',
      code: 'not-a-model',
    });
  });
});
