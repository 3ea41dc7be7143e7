import type { StoredVersionRef } from '../core/ports/declaration-store.js';
import { toVersionRef, type HeadRow } from './record-row.js';
import { textColumn } from './text-column.js';

/** `findByKeys` asks with the caller's keys and answers with them, whatever the stored form. */
export class KeyLookup {
  readonly stored: string[];
  readonly #asked = new Map<string, string[]>();

  constructor(keys: readonly string[]) {
    for (const key of new Set(keys)) {
      const stored = textColumn(key);
      this.#asked.set(stored, [...(this.#asked.get(stored) ?? []), key]);
    }
    this.stored = [...this.#asked.keys()];
  }

  answer(rows: readonly HeadRow[]): Map<string, StoredVersionRef> {
    const found = new Map<string, StoredVersionRef>();
    for (const row of rows) {
      for (const key of this.#asked.get(row.key) ?? []) found.set(key, toVersionRef(row));
    }
    return found;
  }
}
