import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { ModelArtifact } from '../core/risk/model/model-artifact.js';
import type { RiskInput } from '../core/risk/risk-input.js';
import { FEATURE_COUNT } from '../core/risk/features/feature-names.js';
import type { ScoringReply, ScoringRequest } from './risk-scoring-worker.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Worker threads that each hold a scorer of the same model and score slices of a batch. */
export interface RiskScoringPool {
  /** Fraud probabilities, in the order of `inputs`, against the model's history (frozen). */
  scoreBatch(inputs: readonly RiskInput[]): Promise<Float64Array>;
  /**
   * Fraud probabilities of feature rows in shared memory (a Float64Array over a
   * SharedArrayBuffer, FEATURE_COUNT columns; see RiskScorer.writeRows): nothing is copied, each
   * worker walks the trees for its share of the rows.
   */
  scoreSharedRows(rows: Float64Array, count: number): Promise<Float64Array>;
  close(): Promise<void>;
}

/*
 * From sources (tsx: `npx tamga`, benches, tests) a worker thread does not inherit the
 * TypeScript loader on Node 20, so the worker first registers tsx itself, then imports its module.
 */
function bootstrap(): string {
  const fromSources = import.meta.url.endsWith('.ts');
  const worker = new URL(fromSources ? './risk-scoring-worker.ts' : './risk-scoring-worker.js', import.meta.url).href;
  const tsx = fromSources ? import.meta.resolve('tsx/esm/api') : '';
  return [
    '(async () => {',
    fromSources ? `  (await import(${JSON.stringify(tsx)})).register();` : '',
    `  await import(${JSON.stringify(worker)});`,
    '})();',
  ].join('\n');
}

async function startWorker(artifact: ModelArtifact): Promise<Worker> {
  const worker = new Worker(bootstrap(), { eval: true });
  const ready = once(worker, 'message');
  worker.postMessage({ kind: 'init', artifact });
  await ready;
  return worker;
}

/** Starts `threads` workers (default 2, the cores of the reference machine) for one model. */
export async function startRiskScoringPool(artifact: ModelArtifact, threads = 2): Promise<RiskScoringPool> {
  const workers = await Promise.all(Array.from({ length: threads }, () => startWorker(artifact)));
  let nextId = 0;
  const pending = new Map<number, (p: Float64Array) => void>();
  for (const worker of workers) {
    worker.on('message', (reply: ScoringReply) => {
      if (reply.kind === 'scored') pending.get(reply.id)?.(reply.probabilities);
    });
  }
  const ask = (worker: Worker, request: DistributiveOmit<ScoringRequest, 'id'>): Promise<Float64Array> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, (p) => {
        pending.delete(id);
        resolve(p);
      });
      worker.postMessage({ ...request, id });
    });
  const shares = async (count: number, work: (worker: Worker, from: number, to: number) => Promise<Float64Array>) => {
    const size = Math.ceil(count / workers.length);
    const parts = await Promise.all(workers.map((w, i) => work(w, i * size, Math.min(count, (i + 1) * size))));
    const out = new Float64Array(count);
    parts.forEach((part, i) => out.set(part, i * size));
    return out;
  };
  return {
    scoreBatch: (inputs) =>
      shares(inputs.length, (w, from, to) => ask(w, { kind: 'score', inputs: inputs.slice(from, to) })),
    scoreSharedRows(rows, count) {
      if (!(rows.buffer instanceof SharedArrayBuffer))
        return Promise.reject(new TypeError('scoreSharedRows needs rows in a SharedArrayBuffer'));
      return shares(count, (w, from, to) =>
        ask(w, {
          kind: 'score-rows',
          rows: new Float64Array(rows.buffer, rows.byteOffset + from * FEATURE_COUNT * 8, (to - from) * FEATURE_COUNT),
          count: to - from,
        }),
      );
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
