import type { ModelArtifact, RiskModelParams } from '../risk/model/model-artifact.js';

/** A registered model version, without its trees and history (those load with `loadModel`). */
export interface ModelSummary {
  version: string;
  /** ISO 8601: when the model was trained, and when it was registered. */
  createdAt: string;
  registeredAt: string;
  training: ModelArtifact['training'];
  params: RiskModelParams;
  /** Measured on data the model was not trained on (keys like `precision_at_5`, `auc`). */
  metrics: Record<string, number>;
  /** SHA-256 (hex) of the artifact's JSON text, and that text's size in bytes. */
  artifactSha256: string;
  artifactBytes: number;
  note?: string;
}

/** Who changed the active model, when and why. */
export interface ActivationChange {
  /** ISO 8601. */
  at: string;
  actor?: string;
  reason?: string;
}

export interface ModelActivation extends ActivationChange {
  seq: number;
  /** The version that became active. */
  version: string;
  action: 'promote' | 'rollback';
}

export type RegisterModelResult = { status: 'registered' | 'duplicate'; version: string };

export type PromoteModelResult =
  | { status: 'promoted'; version: string; previous?: string }
  | { status: 'already-active'; version: string }
  | { status: 'unknown-version'; version: string };

export type RollbackModelResult =
  { status: 'rolled-back'; from: string; to: string } | { status: 'nothing-to-roll-back'; active?: string };

/**
 * Versioned risk models kept in the store, and which one is in use. Activations form a stack:
 * `promote` pushes a version, `rollback` returns to the one active before the current promotion.
 * Everything is append-only; the history of activations says who used which model when.
 */
export interface ModelRegistry {
  /** Stores an artifact under its version; the same version twice is a duplicate (nothing written). */
  registerModel(
    artifact: ModelArtifact,
    options: { registeredAt: string; note?: string },
  ): Promise<RegisterModelResult>;
  /** Every version, most recently registered first. */
  models(): Promise<ModelSummary[]>;
  loadModel(version: string): Promise<ModelArtifact | undefined>;
  /** The version in use, if any was promoted. */
  activeModel(): Promise<string | undefined>;
  promoteModel(version: string, change: ActivationChange): Promise<PromoteModelResult>;
  rollbackModel(change: ActivationChange): Promise<RollbackModelResult>;
  /** Promotions and rollbacks, oldest first. */
  modelActivations(): Promise<ModelActivation[]>;
}
