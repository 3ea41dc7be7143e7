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
