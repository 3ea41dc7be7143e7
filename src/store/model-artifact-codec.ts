import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ModelArtifact } from '../core/risk/model/model-artifact.js';
import { StoreError } from './store-error.js';

/** A model artifact as the registry keeps it: gzip-compressed JSON and the SHA-256 of that JSON. */
export interface EncodedArtifact {
  sha256: string;
  bytes: number;
  gzip: Buffer;
}

/**
 * The artifact (about 11 MB of JSON, mostly trees and the feature history) is kept in the
 * database, compressed about sixfold: one backup, one replica, one place of truth, and no file
 * to lose next to it. The hash proves on load that the bytes are those registered.
 */
export function encodeModelArtifact(artifact: ModelArtifact): EncodedArtifact {
  const text = Buffer.from(JSON.stringify(artifact), 'utf8');
  return { sha256: createHash('sha256').update(text).digest('hex'), bytes: text.length, gzip: gzipSync(text) };
}

export function decodeModelArtifact(gzip: Uint8Array, sha256: string): ModelArtifact {
  const text = gunzipSync(gzip);
  const actual = createHash('sha256').update(text).digest('hex');
  if (actual !== sha256) {
    throw new StoreError('invalid-query', `The stored model does not hash to its registered SHA-256 (${sha256}).`);
  }
  return JSON.parse(text.toString('utf8')) as ModelArtifact;
}

/** Columns of a `risk_models` row, in the order of `modelRowValues`. */
export const MODEL_ROW_COLUMNS = [
  'version',
  'created_at',
  'registered_at',
  'trained_from',
  'trained_to',
  'training_rows',
  'training_frauds',
  'note',
  'artifact_sha256',
  'artifact_bytes',
  'params',
  'metrics',
  'artifact_gzip',
] as const;

/** The values of a model's registry row (both dialects insert the same row). */
export function modelRowValues(artifact: ModelArtifact, options: { registeredAt: string; note?: string }) {
  const encoded = encodeModelArtifact(artifact);
  return [
    artifact.version,
    artifact.createdAt,
    options.registeredAt,
    artifact.training.from,
    artifact.training.to,
    artifact.training.rows,
    artifact.training.frauds,
    options.note ?? null,
    encoded.sha256,
    encoded.bytes,
    JSON.stringify(artifact.params),
    JSON.stringify(artifact.metrics),
    encoded.gzip,
  ];
}
