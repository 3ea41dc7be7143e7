import { createHash } from 'node:crypto';
import type { RawMessage } from '../core/model/record.js';
import { StoreError } from './store-error.js';

/**
 * Raw messages are addressed by hash and written once, so a wrong hash could never be
 * corrected later: check every body before anything is written.
 */
export function assertRawHashes(raw: readonly RawMessage[]): void {
  for (const message of raw) {
    const actual = createHash('sha256').update(message.body).digest('hex');
    if (actual !== message.sha256) {
      throw new StoreError(
        'raw-hash-mismatch',
        `Raw message ${message.sha256} hashes to ${actual}: the batch was not stored (nothing was written).`,
      );
    }
  }
}
