import type { AppendResult, NewDeclarationVersion } from '../core/ports/declaration-store.js';
import { textColumn } from './text-column.js';

/** One stored version of a key the batch touches, as read inside the append transaction (keys as stored). */
export interface ExistingVersion {
  key: string;
  id: string;
  latestVersion: number;
  version: number;
  contentHash: string;
}

export interface PlannedVersion {
  record: NewDeclarationVersion;
  /** The stored id for an existing key, else the record's own. */
  id: string;
  version: number;
}

/** A `declarations` row to insert (`previousVersion` 0) or to move to a later `latestVersion`. */
export interface DeclarationHead {
  id: string;
  key: string;
  previousVersion: number;
  latestVersion: number;
}

export interface AppendPlan {
  results: AppendResult[];
  versions: PlannedVersion[];
  inserts: DeclarationHead[];
  bumps: DeclarationHead[];
}

interface KeyState {
  head: DeclarationHead;
  hashes: Map<string, number>;
}

/**
 * Decides, in batch order, what each record becomes. A record whose content hash equals
 * any stored version of its key, or an earlier record of the batch, is a duplicate: a
 * re-run of a file holding an original and its amendment must not store the original
 * again as a third version.
 */
export function planAppend(batch: readonly NewDeclarationVersion[], existing: Iterable<ExistingVersion>): AppendPlan {
  const states = statesOf(existing);
  const plan: AppendPlan = { results: [], versions: [], inserts: [], bumps: [] };
  for (const record of batch) {
    const state = states.get(textColumn(record.key)) ?? newState(record, states);
    const known = state.hashes.get(record.contentHash);
    if (known !== undefined) {
      plan.results.push({ status: 'duplicate', id: state.head.id, version: known });
      continue;
    }
    const version = ++state.head.latestVersion;
    state.hashes.set(record.contentHash, version);
    plan.versions.push({ record, id: state.head.id, version });
    plan.results.push({ status: 'stored', id: state.head.id, version });
  }
  for (const { head } of states.values()) {
    if (head.latestVersion === head.previousVersion) continue;
    (head.previousVersion === 0 ? plan.inserts : plan.bumps).push(head);
  }
  return plan;
}

function statesOf(existing: Iterable<ExistingVersion>): Map<string, KeyState> {
  const states = new Map<string, KeyState>();
  for (const row of existing) {
    let state = states.get(row.key);
    if (!state) {
      const head = { id: row.id, key: row.key, previousVersion: row.latestVersion, latestVersion: row.latestVersion };
      state = { head, hashes: new Map() };
      states.set(row.key, state);
    }
    state.hashes.set(row.contentHash, row.version);
  }
  return states;
}

function newState(record: NewDeclarationVersion, states: Map<string, KeyState>): KeyState {
  const key = textColumn(record.key);
  const state = {
    head: { id: textColumn(record.id), key, previousVersion: 0, latestVersion: 0 },
    hashes: new Map<string, number>(),
  };
  states.set(key, state);
  return state;
}
