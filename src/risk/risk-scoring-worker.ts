import { parentPort } from 'node:worker_threads';
import type { ModelArtifact } from '../core/risk/model/model-artifact.js';
import { createRiskScorer, type RiskScorer } from '../core/risk/model/risk-scorer.js';
import type { RiskInput } from '../core/risk/risk-input.js';

/** Messages a scoring worker understands. */
export type ScoringRequest =
  | { kind: 'init'; artifact: ModelArtifact }
  | { kind: 'score'; id: number; inputs: RiskInput[] }
  /** Feature rows already written to shared memory by the main thread: only the trees here. */
  | { kind: 'score-rows'; id: number; rows: Float64Array; count: number };

/** Its answers; probabilities travel as a transferred buffer. */
export type ScoringReply = { kind: 'ready' } | { kind: 'scored'; id: number; probabilities: Float64Array };

let scorer: RiskScorer | undefined;

parentPort?.on('message', (request: ScoringRequest) => {
  if (request.kind === 'init') {
    scorer = createRiskScorer(request.artifact);
    parentPort?.postMessage({ kind: 'ready' } satisfies ScoringReply);
    return;
  }
  const probabilities =
    request.kind === 'score-rows'
      ? scorer!.scoreFeatures(request.rows, request.count)
      : scorer!.scoreBatch(request.inputs);
  parentPort?.postMessage({ kind: 'scored', id: request.id, probabilities } satisfies ScoringReply, [
    probabilities.buffer as ArrayBuffer,
  ]);
});
