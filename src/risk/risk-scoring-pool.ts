import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { ModelArtifact } from '../core/risk/model/model-artifact.js';
import type { RiskInput } from '../core/risk/risk-input.js';
import type { ScoringReply } from './risk-scoring-worker.js';

/** Worker threads that each hold a scorer of the same model and score slices of a batch. */
export interface RiskScoringPool {
  /** Fraud probabilities, in the order of `inputs`, against the model's history (frozen). */
  scoreBatch(inputs: readonly RiskInput[]): Promise<Float64Array>;
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
  const score = (worker: Worker, inputs: RiskInput[]): Promise<Float64Array> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, (p) => {
        pending.delete(id);
        resolve(p);
      });
      worker.postMessage({ kind: 'score', id, inputs });
    });
  return {
    async scoreBatch(inputs) {
      const size = Math.ceil(inputs.length / workers.length);
      const parts = await Promise.all(workers.map((w, i) => score(w, inputs.slice(i * size, (i + 1) * size))));
      const out = new Float64Array(inputs.length);
      parts.forEach((part, i) => out.set(part, i * size));
      return out;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
