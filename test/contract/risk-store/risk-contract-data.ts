import type { NewRiskDecision } from '../../../src/core/ports/risk-decision-store.js';
import type { ModelArtifact } from '../../../src/core/risk/model/model-artifact.js';
import { trainRiskModel } from '../../../src/core/risk/model/train-risk-model.js';
import type { Lane } from '../../../src/core/risk/rules/targeting-rule.js';
import { readFixture } from '../../risk/support/fixture-inputs.js';

let trained: ModelArtifact | undefined;

/** A real (small) trained model, renamed per call: the registry stores what training produces. */
export function artifact(version: string, metrics: Record<string, number> = {}): ModelArtifact {
  trained ??= trainRiskModel({
    train: readFixture('kcs-train-head4000.csv').slice(0, 1500),
    createdAt: '2026-01-02T03:04:05.000Z',
    params: { earlyStoppingShare: 0, gbdt: { rounds: 4, maxDepth: 4, maxLeaves: 8 } },
  }).artifact;
  return { ...trained, version, metrics };
}

/** A decision as the engine makes it, with the fields a test cares about pinned down. */
export function decision(
  overrides: Partial<NewRiskDecision> & { declarationId: string; date: string; lane: Lane },
): NewRiskDecision {
  return {
    declarationVersion: 1,
    basis: overrides.lane === 'green' ? 'default' : 'model',
    score: 0.5,
    modelVersion: 'gbdt-test',
    rules: [],
    inputHash: 'a'.repeat(64),
    exploration: false,
    reasons: [`reason for ${overrides.declarationId}`],
    decidedAt: '2026-02-01T10:00:00.000Z',
    run: 'ingest',
    subject: { lrn: `LRN-${overrides.declarationId}`, hsCode: '851712', originCountryCode: 'CN' },
    ...overrides,
  };
}
