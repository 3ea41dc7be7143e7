import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { formatRiskEvaluation } from '../src/core/risk/evaluation/format-evaluation.js';
import { FEATURE_COUNT } from '../src/core/risk/features/feature-names.js';
import { createRiskScorer } from '../src/core/risk/model/risk-scorer.js';
import { trainRiskModel } from '../src/core/risk/model/train-risk-model.js';
import { evaluateRisk } from '../src/risk/evaluate-risk.js';
import { readRiskInputs } from '../src/risk/read-risk-inputs.js';
import { startRiskScoringPool } from '../src/risk/risk-scoring-pool.js';
import { startHistogramWorker } from '../src/risk/worker-histogram-builder.js';
import { timeLogistic, timeScoring } from './risk-timing.js';
import { runXgboostAnchor } from './risk-xgboost.js';

/**
 * `npm run bench:risk`: quality on train (2020) → valid (2021 Q1) with the baselines and, when
 * python3-xgboost is installed, XGBoost on the same features; then training time on all 45,519
 * rows (one thread, and with the histogram worker thread), batch scoring throughput including
 * feature computation, single-declaration latency, explanation latency, the logistic baseline.
 */
const folder = new URL('../data-samples/customs-declarations/', import.meta.url).pathname;
const files = { train: `${folder}df_syn_train_eng.csv`, valid: `${folder}df_syn_valid_eng.csv` };
if (!existsSync(files.train) || !existsSync(files.valid)) {
  console.error(`bench:risk needs ${files.train} and ${files.valid}`);
  process.exit(1);
}
const t0 = performance.now();
const train = (await readRiskInputs([files.train])).inputs;
const valid = (await readRiskInputs([files.valid])).inputs;
console.log(`decoded ${train.length + valid.length} declarations in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const evaluation = evaluateRisk({ train, test: valid });
console.log(`\n== quality: train → valid ==\n${formatRiskEvaluation(evaluation)}`);

const trained = trainRiskModel({ train, createdAt: new Date().toISOString() });
const scorer = createRiskScorer(trained.artifact, { history: trained.history });
const anchor = runXgboostAnchor({
  features: trained.artifact.gbdt.featureNames,
  train: { x: trained.features, inputs: train },
  test: { x: scorer.scoreTimeline(valid).features, inputs: valid },
});
const pct = (v: unknown) => (typeof v === 'number' ? v.toFixed(3) : '–');
console.log('\n== side by side on the same features (train → valid) ==');
for (const [name, m] of [
  ['tamga gbdt', evaluation as Record<string, unknown>],
  ['logistic regression', evaluation.baselines['logistic_regression'] ?? {}],
  ...(anchor.status === 'ok' ? [[String(anchor.metrics['model']), anchor.metrics] as const] : []),
] as const) {
  const keys = ['precision_at_1', 'precision_at_2', 'precision_at_5', 'precision_at_10', 'recall_at_10', 'auc'];
  console.log(
    `${name.padEnd(44)} P@1/2/5/10 ${keys
      .slice(0, 4)
      .map((k) => pct(m[k]))
      .join(' ')}  R@10 ${pct(m['recall_at_10'])}  AUC ${pct(m['auc'])}`,
  );
}
if (anchor.status === 'skipped') console.log(`xgboost anchor skipped: ${anchor.reason}`);
else console.log(`xgboost trained in ${Number(anchor.metrics['train_seconds']).toFixed(1)} s (2 threads)`);

const all = [...train, ...valid];
console.log(`\n== speed on all ${all.length} declarations ==`);
let t = performance.now();
const full = trainRiskModel({ train: all, createdAt: new Date().toISOString() });
const oneThread = (performance.now() - t) / 1000;
const worker = await startHistogramWorker();
t = performance.now();
trainRiskModel({ train: all, createdAt: new Date().toISOString(), createBuilder: worker.createBuilder });
const twoThreads = (performance.now() - t) / 1000;
await worker.close();
console.log(
  `training (features + early stopping + refit, ${full.artifact.gbdt.trees.length} trees): ${oneThread.toFixed(1)} s one thread, ${twoThreads.toFixed(1)} s with the histogram worker (target ≤ 30 s)`,
);
const timings = timeScoring(createRiskScorer(full.artifact), all);
console.log(
  `batch scoring incl. features: ${Math.round(timings.batchPerSecond).toLocaleString('en-US')} declarations/s on one thread (target ≥ 100,000)`,
);
const pool = await startRiskScoringPool(full.artifact, 2);
await pool.scoreBatch(all.slice(0, 2000));
t = performance.now();
for (let i = 0; i < 3; i++) await pool.scoreBatch(all);
const pooled = (3 * all.length) / ((performance.now() - t) / 1000);
// Features on the main thread into shared memory, trees on the two workers: nothing is cloned.
const mainScorer = createRiskScorer(full.artifact);
const rows = new Float64Array(new SharedArrayBuffer(all.length * FEATURE_COUNT * 8)).fill(Number.NaN);
await pool.scoreSharedRows(rows, 2000);
t = performance.now();
for (let i = 0; i < 3; i++) {
  mainScorer.writeRows(all, rows);
  await pool.scoreSharedRows(rows, all.length);
}
const shared = (3 * all.length) / ((performance.now() - t) / 1000);
await pool.close();
console.log(
  `batch scoring on 2 worker threads (inputs cloned to them): ${Math.round(pooled).toLocaleString('en-US')} declarations/s`,
);
console.log(
  `batch scoring, features on the main thread into shared memory, trees on 2 workers: ${Math.round(shared).toLocaleString('en-US')} declarations/s (target ≥ 100,000)`,
);
console.log(
  `single declaration: median ${timings.singleMedianMicros.toFixed(0)} µs, p99 ${timings.singleP99Micros.toFixed(0)} µs; explanation (TreeSHAP + phrasing): median ${timings.explainMedianMillis.toFixed(1)} ms`,
);
const logistic = timeLogistic(full, all);
console.log(
  `logistic regression baseline: fit ${logistic.trainSeconds.toFixed(1)} s, scoring ${Math.round(logistic.perSecond).toLocaleString('en-US')} rows/s (features precomputed)`,
);
